"""Module 6: money, tax and digital post (MitID, Digital Post, borger.dk, skat, NemKonto, budget, fraud)."""

GLOSSARY = {
    "m06-nemkonto": {
        "term": {
            "da": "NemKonto",
            "en": "NemKonto",
            "ar": "NemKonto (الحساب المصرفي للمدفوعات العامة)",
            "uk": "NemKonto (рахунок для державних виплат)",
        },
        "explanation": {
            "da": "Den bankkonto, som det offentlige sætter penge ind på, fx skat, du får tilbage, boligstøtte og andre ydelser. NemKonto er ikke en særlig bank, men en af dine almindelige bankkonti.",
            "en": "The bank account into which public authorities pay money, for example tax refunds, housing benefit and other benefits. NemKonto is not a special bank but one of your ordinary bank accounts.",
            "ar": "الحساب المصرفي الذي تحوّل إليه الجهات العامة الأموال، مثل الضرائب المستردّة ودعم السكن (boligstøtte) والإعانات الأخرى. NemKonto ليس بنكاً خاصاً، بل هو أحد حساباتك المصرفية العادية.",
            "uk": "Банківський рахунок, на який держава перераховує гроші, наприклад повернення податку, житлову допомогу (boligstøtte) та інші виплати. NemKonto — це не окремий банк, а один із ваших звичайних банківських рахунків.",
        },
    },
    "m06-forskudsopgoerelse": {
        "term": {
            "da": "Forskudsopgørelse",
            "en": "Forskudsopgørelse (preliminary tax assessment)",
            "ar": "Forskudsopgørelse (التقدير الضريبي المسبق)",
            "uk": "Forskudsopgørelse (попередній податковий розрахунок)",
        },
        "explanation": {
            "da": "Skattestyrelsens forventning til din indkomst og dine fradrag i det kommende år. Dit skattekort bygger på den. Ret den på skat.dk, når dit liv ændrer sig. Efter året kommer årsopgørelsen, som viser, om du har betalt den rigtige skat.",
            "en": "The Danish Tax Agency's estimate of your income and deductions for the coming year. Your tax card is based on it. Correct it on skat.dk when your life changes. After the year, the annual tax statement (årsopgørelse) shows whether you paid the right amount of tax.",
            "ar": "تقدير مصلحة الضرائب (Skattestyrelsen) لدخلك وخصوماتك في السنة القادمة. تُبنى بطاقتك الضريبية (skattekort) عليه. صحّحه على skat.dk عندما تتغير ظروف حياتك. بعد انتهاء السنة يأتي الكشف الضريبي السنوي (årsopgørelse) الذي يبيّن هل دفعت الضريبة الصحيحة.",
            "uk": "Прогноз податкової служби (Skattestyrelsen) щодо вашого доходу та відрахувань на наступний рік. На ньому ґрунтується ваша податкова картка (skattekort). Виправляйте його на skat.dk, коли у вашому житті щось змінюється. Після завершення року надходить річний податковий розрахунок (årsopgørelse), який показує, чи ви сплатили правильну суму податку.",
        },
    },
}

RESOURCES = {
    "mitid": {
        "name": {
            "da": "MitID",
            "en": "MitID",
            "ar": "MitID",
            "uk": "MitID",
        },
        "category": "digital",
        "description": {
            "da": "Den officielle hjemmeside om MitID. Her får du hjælp til at komme i gang, kan spærre dit MitID og kan læse om, hvordan du undgår svindel.",
            "en": "The official MitID website. Here you get help to get started, can block your MitID and can read about how to avoid fraud.",
            "ar": "الموقع الرسمي لـ MitID. تجد هنا مساعدة للبدء، ويمكنك إيقاف (حظر) MitID الخاص بك، وقراءة نصائح لتجنّب الاحتيال.",
            "uk": "Офіційний сайт MitID. Тут можна отримати допомогу, щоб почати користуватися MitID, заблокувати свій MitID і дізнатися, як уберегтися від шахрайства.",
        },
        "url": "https://www.mitid.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "money-tax-digital",
    "mandatory": True,
    "title": {
        "da": "Penge, skat og digital post",
        "en": "Money, tax and digital post",
        "ar": "المال والضرائب والبريد الرقمي",
        "uk": "Гроші, податки та цифрова пошта",
    },
    "summary": {
        "da": "Lær at bruge MitID, Digital Post og borger.dk, forstå din skat, og pas godt på dine penge.",
        "en": "Learn to use MitID, Digital Post and borger.dk, understand your tax, and take good care of your money.",
        "ar": "تعلّم استخدام MitID والبريد الرقمي (Digital Post) وموقع borger.dk، وافهم ضرائبك، واعتنِ بأموالك جيداً.",
        "uk": "Навчіться користуватися MitID, цифровою поштою (Digital Post) і borger.dk, зрозумійте свої податки та дбайливо ставтеся до своїх грошей.",
    },
    "objectives": {
        "da": [
            "Du kan logge på med MitID og holde dit MitID sikkert.",
            "Du kan finde og læse dine breve i Digital Post og forklare, hvorfor de er vigtige.",
            "Du kan forklare forskellen på forskudsopgørelse og årsopgørelse og ved, hvad en NemKonto er.",
            "Du kan lægge et enkelt budget og genkende svindel og dyr gæld.",
        ],
        "en": [
            "You can log on with MitID and keep your MitID safe.",
            "You can find and read your letters in Digital Post and explain why they matter.",
            "You can explain the difference between the preliminary tax assessment and the annual tax statement, and you know what a NemKonto is.",
            "You can make a simple budget and recognise fraud and expensive debt.",
        ],
        "ar": [
            "يمكنك تسجيل الدخول باستخدام MitID والحفاظ على أمانه.",
            "يمكنك العثور على رسائلك في البريد الرقمي (Digital Post) وقراءتها، وشرح سبب أهميتها.",
            "يمكنك شرح الفرق بين التقدير الضريبي المسبق (forskudsopgørelse) والكشف الضريبي السنوي (årsopgørelse)، وتعرف ما هو حساب NemKonto.",
            "يمكنك إعداد ميزانية بسيطة، والتعرّف على الاحتيال والديون المكلفة.",
        ],
        "uk": [
            "Ви вмієте входити через MitID і берегти його в безпеці.",
            "Ви вмієте знаходити й читати листи в цифровій пошті (Digital Post) і можете пояснити, чому вони важливі.",
            "Ви можете пояснити різницю між попереднім податковим розрахунком (forskudsopgørelse) і річним розрахунком (årsopgørelse) та знаєте, що таке NemKonto.",
            "Ви вмієте скласти простий бюджет і розпізнати шахрайство та дорогі борги.",
        ],
    },
    "lessons": [
        {
            "slug": "mitid-and-digital-post",
            "estimated_minutes": 45,
            "title": {
                "da": "MitID, Digital Post og borger.dk",
                "en": "MitID, Digital Post and borger.dk",
            },
            "intro": {
                "da": "Lær at logge på med MitID, læse dine breve fra det offentlige og bruge selvbetjening på borger.dk.",
                "en": "Learn to log on with MitID, read your letters from the authorities and use self-service on borger.dk.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Danmark er et digitalt land",
                            "I Danmark klarer man mange ting på nettet. Du søger om hjælp, melder flytning, ser din skat og får breve fra kommunen på computeren eller telefonen. For at gøre det skal du have to ting: <b>MitID</b> og <b>Digital Post</b>.",
                            "Det kan føles svært i starten, især hvis du ikke læser dansk endnu. Det er helt normalt at bede om hjælp. Borgerservice i din kommune og mange biblioteker hjælper gratis med at komme i gang.",
                            "## Hvad er MitID?",
                            "MitID er dit digitale ID. Det viser, at det er dig, når du logger på en hjemmeside eller en app. Du bruger MitID på fx borger.dk, skat.dk, sundhed.dk og i din bank. Du kan bruge MitID på forskellige måder:",
                            "- <b>MitID-appen</b> på din telefon. Du godkender med et tryk i appen. Det er den mest almindelige måde.",
                            "- <b>En kodeviser</b>. Det er en lille dims med en skærm, der viser et tal, som du skriver ind. Den er god, hvis du ikke har en smartphone.",
                            "- <b>En kodeoplæser</b>, som læser koden højt. Den er for personer, der ser dårligt.",
                            "Nogle kan selv oprette MitID i appen. Som ny i Danmark skal du ofte møde op i Borgerservice for at få MitID. Tag dit pas og dine papirer om dit ophold med, og bestil gerne tid først.",
                        ],
                        "en": [
                            "## Denmark is a digital country",
                            "In Denmark, people do many things online. You apply for help, report a change of address, check your tax and receive letters from the municipality on your computer or phone. To do this, you need two things: <b>MitID</b> and <b>Digital Post</b>.",
                            "It can feel difficult at first, especially if you cannot read Danish yet. It is completely normal to ask for help. Borgerservice (the citizen service centre) in your municipality and many libraries help you get started for free.",
                            "## What is MitID?",
                            "MitID is your digital ID. It shows that it is really you when you log on to a website or an app. You use MitID on, for example, borger.dk, skat.dk, sundhed.dk and at your bank. You can use MitID in different ways:",
                            "- <b>The MitID app</b> on your phone. You approve with one tap in the app. This is the most common way.",
                            "- <b>A code display</b>. This is a small device with a screen that shows a number you type in. It is good if you do not have a smartphone.",
                            "- <b>A code reader</b> that reads the code aloud. It is for people with poor eyesight.",
                            "Some people can set up MitID themselves in the app. As a newcomer to Denmark, you often have to go to Borgerservice in person to get MitID. Bring your passport and your residence papers, and it is a good idea to book an appointment first.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "mitid"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## MitID er kun dit",
                            "MitID svarer til din underskrift. Hvis en anden bruger dit MitID, kan de låne penge, flytte penge eller skrive under i dit navn. Derfor skal du følge nogle vigtige regler:",
                            "- Giv aldrig dit bruger-ID, din adgangskode eller din kodeviser til andre – heller ikke til familie eller venner.",
                            "- Godkend kun i appen, når <b>du selv</b> er ved at logge på.",
                            "- Mister du din telefon eller din kodeviser, så spær dit MitID med det samme. Du kan se hvordan på mitid.dk.",
                            "Har du brug for, at en anden hjælper med dine sager, kan du give personen en <b>digital fuldmagt</b> på borger.dk. Så kan hun eller han hjælpe dig med sit eget MitID – og du beholder dit.",
                        ],
                        "en": [
                            "## Your MitID is yours alone",
                            "MitID is like your signature. If someone else uses your MitID, they can borrow money, move money or sign things in your name. That is why you must follow some important rules:",
                            "- Never give your user ID, your password or your code display to anyone – not even to family or friends.",
                            "- Only approve in the app when <b>you yourself</b> are logging on.",
                            "- If you lose your phone or your code display, block your MitID straight away. You can see how on mitid.dk.",
                            "If you need someone else to help with your affairs, you can give that person a <b>digital power of attorney</b> on borger.dk. Then they can help you with their own MitID – and you keep yours.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Digital Post: dine breve fra det offentlige",
                            "Når du er fyldt 15 år og har et CPR-nummer, får du breve fra det offentlige digitalt. Det kaldes <b>Digital Post</b>. Breve fra fx kommunen, jobcentret, Skattestyrelsen, hospitalet, Udbetaling Danmark og Udlændingestyrelsen kommer her – ikke i postkassen ved din dør.",
                            "Du kan læse din Digital Post flere steder. Det er de samme breve alle steder:",
                            "- på <b>borger.dk</b> og i appen <b>Digital Post</b>",
                            "- i <b>e-Boks</b> (hjemmeside og app)",
                            "- i <b>mit.dk</b> (hjemmeside og app)",
                            "Slå beskeder til i indstillingerne. Så får du en sms eller en e-mail, når der kommer et nyt brev.",
                        ],
                        "en": [
                            "## Digital Post: your letters from the authorities",
                            "When you are 15 or older and have a CPR number, you receive letters from the public sector digitally. This is called <b>Digital Post</b>. Letters from, for example, the municipality, the jobcentre, the Danish Tax Agency, the hospital, Udbetaling Danmark (the public benefits agency) and the Danish Immigration Service arrive here – not in the letterbox at your door.",
                            "You can read your Digital Post in several places. They show the same letters everywhere:",
                            "- on <b>borger.dk</b> and in the <b>Digital Post</b> app",
                            "- in <b>e-Boks</b> (website and app)",
                            "- in <b>mit.dk</b> (website and app)",
                            "Turn on notifications in the settings. Then you get a text message or an e-mail when a new letter arrives.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "digital-post"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvorfor skal du læse din post?",
                            "Et brev i Digital Post gælder lige så meget som et brev på papir. Brevet tæller som modtaget, når det kommer frem – også hvis du ikke åbner det. Der kan stå en frist i brevet, fx en dato for et møde på jobcentret eller en dato, hvor du skal sende papirer. Hvis du ikke reagerer, kan du miste penge eller få problemer med din sag.",
                            "En god vane er at se din Digital Post flere gange om ugen. Forstår du ikke et brev, så spørg Borgerservice, din sagsbehandler, din lærer på sprogskolen eller en frivillig. Du kan også svare på mange breve direkte i Digital Post.",
                            "Kun i særlige tilfælde kan man blive fritaget for Digital Post, fx hvis man ikke har adgang til en computer eller smartphone. Så skal man henvende sig i Borgerservice.",
                            "## borger.dk: selvbetjening",
                            "På <b>borger.dk</b> finder du information om dine rettigheder og pligter om mange emner. Her kan du også bruge <b>selvbetjening</b>. Det betyder, at du selv udfylder og sender en ansøgning på nettet med dit MitID. Eksempler:",
                            "- melde flytning – senest 5 dage efter, du er flyttet",
                            "- skifte læge",
                            "- søge om boligstøtte",
                            "- bestille et nyt sundhedskort",
                        ],
                        "en": [
                            "## Why must you read your post?",
                            "A letter in Digital Post is just as valid as a letter on paper. The letter counts as received when it arrives – even if you do not open it. The letter may contain a deadline, for example the date of a meeting at the jobcentre or a date by which you must send documents. If you do not react, you may lose money or get problems with your case.",
                            "A good habit is to check your Digital Post several times a week. If you do not understand a letter, ask Borgerservice, your caseworker, your teacher at the language school or a volunteer. You can also reply to many letters directly in Digital Post.",
                            "Only in special cases can you be exempted from Digital Post, for example if you have no access to a computer or smartphone. You then have to go to Borgerservice.",
                            "## borger.dk: self-service",
                            "On <b>borger.dk</b> you find information about your rights and duties on many topics. Here you can also use <b>self-service</b>. This means that you fill in and send an application online yourself with your MitID. Examples:",
                            "- report a change of address – no later than 5 days after you have moved",
                            "- change your doctor",
                            "- apply for housing benefit",
                            "- order a new health insurance card",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Det vigtigste om MitID og Digital Post",
                        "en": "The key points about MitID and Digital Post",
                    },
                    "facts": {
                        "da": [
                            "MitID er dit digitale ID og din underskrift på nettet.",
                            "Du kan bruge MitID-appen, en kodeviser eller en kodeoplæser.",
                            "Alle over 15 år med CPR-nummer får Digital Post.",
                            "Du læser Digital Post på borger.dk, i e-Boks eller i mit.dk.",
                            "Et digitalt brev gælder som et papirbrev – også hvis du ikke åbner det.",
                        ],
                        "en": [
                            "MitID is your digital ID and your signature online.",
                            "You can use the MitID app, a code display or a code reader.",
                            "Everyone aged 15 or over with a CPR number gets Digital Post.",
                            "You read Digital Post on borger.dk, in e-Boks or in mit.dk.",
                            "A digital letter is as valid as a paper letter – even if you do not open it.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du få hjælp",
                        "en": "Where to get help",
                    },
                    "intro": {
                        "da": "Officielle sider om MitID, Digital Post og selvbetjening. Borgerservice i din kommune kan også hjælpe dig.",
                        "en": "Official websites about MitID, Digital Post and self-service. Borgerservice in your municipality can also help you.",
                    },
                    "resources": ["mitid", "borger-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvor ofte ser du din Digital Post i dag, og hvad kan du gøre for ikke at overse et vigtigt brev?",
                        "en": "How often do you check your Digital Post today, and what can you do so you do not miss an important letter?",
                    },
                    "hint": {
                        "da": "Tænk på beskeder på telefonen, en fast dag i ugen og en person, du kan spørge om hjælp.",
                        "en": "Think about notifications on your phone, a fixed day each week and a person you can ask for help.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: MitID og Digital Post",
                        "en": "Test yourself: MitID and Digital Post",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "MitID-appen beder dig godkende, men du er ikke selv ved at logge på. Hvad gør du?",
                                "en": "The MitID app asks you to approve, but you are not logging on yourself. What do you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Jeg godkender, så beskeden forsvinder.",
                                        "en": "I approve so that the message goes away.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Jeg afviser og godkender ikke.",
                                        "en": "I reject it and do not approve.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Jeg giver koden til den, der ringer til mig.",
                                        "en": "I give the code to the person who is calling me.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Godkend kun, når du selv er ved at logge på. Ellers kan en svindler bruge dit MitID.",
                                "en": "Only approve when you are logging on yourself. Otherwise a fraudster can use your MitID.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor kan du læse din Digital Post?",
                                "en": "Where can you read your Digital Post?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kun i postkassen ved min dør.",
                                        "en": "Only in the letterbox at my door.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "På borger.dk, i e-Boks eller i mit.dk.",
                                        "en": "On borger.dk, in e-Boks or in mit.dk.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kun i min almindelige e-mail.",
                                        "en": "Only in my ordinary e-mail.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Digital Post er en sikker postkasse. Du kan læse de samme breve på borger.dk, i e-Boks og i mit.dk.",
                                "en": "Digital Post is a secure mailbox. You can read the same letters on borger.dk, in e-Boks and in mit.dk.",
                            },
                        },
                        {
                            "question": {
                                "da": "Et brev fra kommunen ligger i din Digital Post, men du har ikke åbnet det. Gælder brevet?",
                                "en": "A letter from the municipality is in your Digital Post, but you have not opened it. Is the letter valid?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Nej, det gælder først, når jeg har læst det.",
                                        "en": "No, it only counts once I have read it.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ja, det tæller som modtaget, når det er kommet frem.",
                                        "en": "Yes, it counts as received when it has arrived.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kun hvis det også bliver sendt på papir.",
                                        "en": "Only if it is also sent on paper.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Et brev i Digital Post gælder som et papirbrev. Fristerne gælder, også selv om du ikke har åbnet brevet.",
                                "en": "A letter in Digital Post is as valid as a paper letter. The deadlines apply even if you have not opened it.",
                            },
                        },
                        {
                            "question": {
                                "da": "En ven vil gerne hjælpe dig med dine sager på nettet. Hvad er den rigtige løsning?",
                                "en": "A friend wants to help you with your affairs online. What is the right solution?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Jeg giver vennen min adgangskode til MitID.",
                                        "en": "I give my friend my MitID password.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Jeg giver vennen en digital fuldmagt på borger.dk.",
                                        "en": "I give my friend a digital power of attorney on borger.dk.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Jeg låner vennen min telefon med MitID-appen.",
                                        "en": "I lend my friend my phone with the MitID app.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Dit MitID er kun dit. Med en digital fuldmagt kan andre hjælpe dig med deres eget MitID.",
                                "en": "Your MitID is yours alone. With a digital power of attorney, others can help you using their own MitID.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "tax-and-nemkonto",
            "estimated_minutes": 50,
            "title": {
                "da": "Skat, skattekort og NemKonto",
                "en": "Tax, tax card and NemKonto",
            },
            "intro": {
                "da": "Forstå hvorfor vi betaler skat, hvordan dit skattekort virker, og hvor pengene fra det offentlige bliver sat ind.",
                "en": "Understand why we pay tax, how your tax card works, and where money from the public sector is paid in.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvorfor betaler vi skat?",
                            "I Danmark betaler de fleste voksne skat af deres indkomst. Indkomst er fx løn, dagpenge, kontanthjælp, SU og pension. Skatten betaler for det, vi har til fælles: skoler, hospitaler, læger, veje, ældrepleje og meget mere. Skatten er høj, men til gengæld er meget gratis, når du bruger det, fx lægen og skolen.",
                            "Der er også skat på det, du køber. Den hedder <b>moms</b>. På de fleste varer og ydelser er momsen 25 % oven i prisen, og den er allerede regnet med i den pris, du ser i butikken.",
                            "Den myndighed, der står for skat, hedder <b>Skattestyrelsen</b>. Hjemmesiden hedder <b>skat.dk</b>, og du logger på med MitID.",
                        ],
                        "en": [
                            "## Why do we pay tax?",
                            "In Denmark, most adults pay tax on their income. Income is, for example, wages, unemployment benefit, social assistance, student grants (SU) and pension. Tax pays for what we share: schools, hospitals, doctors, roads, care for the elderly and much more. Tax is high, but in return many things are free when you use them, for example the doctor and school.",
                            "There is also tax on what you buy. It is called <b>moms</b> (VAT). On most goods and services, VAT is 25 % on top of the price, and it is already included in the price you see in the shop.",
                            "The authority in charge of tax is called <b>Skattestyrelsen</b> (the Danish Tax Agency). Its website is <b>skat.dk</b>, and you log on with MitID.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dit skattekort",
                            "Når du har et job, trækker din arbejdsgiver skatten fra din løn, før du får pengene. Arbejdsgiveren ved, hvor meget der skal trækkes, fordi de får dit <b>skattekort</b> digitalt fra Skattestyrelsen. Du skal bare give din arbejdsgiver dit CPR-nummer.",
                            "På skattekortet står to vigtige ting:",
                            "- <b>Trækprocenten</b>: hvor mange procent af din indkomst der går til skat.",
                            "- <b>Fradraget</b>: et beløb hver måned, som du ikke betaler skat af. Alle voksne har et personfradrag.",
                            "Af løn betaler du også 8 % i <b>arbejdsmarkedsbidrag</b> (AM-bidrag). Din lønseddel viser, hvor meget der er trukket. Gem dine lønsedler.",
                        ],
                        "en": [
                            "## Your tax card",
                            "When you have a job, your employer deducts the tax from your wages before you get the money. The employer knows how much to deduct because they receive your <b>tax card</b> digitally from the Danish Tax Agency. You just need to give your employer your CPR number.",
                            "The tax card shows two important things:",
                            "- <b>The tax rate</b> (trækprocent): how many per cent of your income go to tax.",
                            "- <b>The deduction</b> (fradrag): an amount each month that you do not pay tax on. All adults have a personal allowance.",
                            "On wages you also pay 8 % in <b>labour market contribution</b> (AM-bidrag). Your payslip shows how much has been deducted. Keep your payslips.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Forskudsopgørelsen: et gæt om året, der kommer",
                            "Skattekortet bygger på din <b>forskudsopgørelse</b>. Det er Skattestyrelsens forventning til din indkomst og dine fradrag i det kommende år. Du kan se og rette den på skat.dk.",
                            "Ret din forskudsopgørelse, når dit liv ændrer sig, fx når du:",
                            "- får et nyt job eller mister dit job",
                            "- får en højere eller lavere løn",
                            "- flytter, så du får meget længere til arbejde",
                            "Er tallene rigtige, betaler du den rigtige skat hver måned. Så undgår du at skulle betale mange penge tilbage senere.",
                        ],
                        "en": [
                            "## The preliminary tax assessment: a guess about the coming year",
                            "The tax card is based on your <b>forskudsopgørelse</b> (preliminary tax assessment). It is the Danish Tax Agency's estimate of your income and deductions for the coming year. You can view and correct it on skat.dk.",
                            "Correct your preliminary tax assessment when your life changes, for example when you:",
                            "- get a new job or lose your job",
                            "- get higher or lower pay",
                            "- move so that you have much further to travel to work",
                            "If the figures are right, you pay the right tax every month. Then you avoid having to pay a lot of money back later.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m06-forskudsopgoerelse"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Årsopgørelsen: regnskabet for sidste år",
                            "Hvert år i marts kan du se din <b>årsopgørelse</b> på skat.dk. Den viser, om du har betalt den rigtige skat i året før. Har du betalt for meget, får du penge tilbage. Har du betalt for lidt, får du en <b>restskat</b>, som du skal betale.",
                            "Læs årsopgørelsen igennem. Står der noget forkert, kan du selv rette det på skat.dk. Har du indkomst i et andet land, så spørg Skattestyrelsen, hvad du skal oplyse.",
                            "Arbejde, hvor der ikke bliver betalt skat, kaldes <b>sort arbejde</b>. Det er ulovligt. Du er også dårligt beskyttet, hvis du kommer til skade eller ikke får din løn.",
                        ],
                        "en": [
                            "## The annual tax statement: the accounts for last year",
                            "Every year in March you can see your <b>årsopgørelse</b> (annual tax statement) on skat.dk. It shows whether you paid the right tax in the previous year. If you paid too much, you get money back. If you paid too little, you get <b>restskat</b> (back tax), which you must pay.",
                            "Read the annual tax statement carefully. If something is wrong, you can correct it yourself on skat.dk. If you have income in another country, ask the Danish Tax Agency what you need to report.",
                            "Work where no tax is paid is called <b>sort arbejde</b> (undeclared work). It is illegal. You are also poorly protected if you get injured or do not get your pay.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## NemKonto: hvor pengene kommer ind",
                            "Når det offentlige betaler dig penge, kommer de ind på din <b>NemKonto</b>. Det gælder fx skat, du får tilbage, boligstøtte, børne- og ungeydelse og kontanthjælp. NemKonto er ikke en særlig bank. Det er en af dine almindelige bankkonti, som er valgt som NemKonto.",
                            "Når du åbner din første konto i en dansk bank, kan banken gøre den til din NemKonto. Spørg banken, hvis du er i tvivl. Skifter du bank, så husk at flytte din NemKonto til den nye konto.",
                        ],
                        "en": [
                            "## NemKonto: where the money comes in",
                            "When the public sector pays you money, it goes into your <b>NemKonto</b>. This applies to, for example, tax refunds, housing benefit, child benefit and social assistance. NemKonto is not a special bank. It is one of your ordinary bank accounts that has been chosen as your NemKonto.",
                            "When you open your first account at a Danish bank, the bank can make it your NemKonto. Ask the bank if you are unsure. If you change bank, remember to move your NemKonto to the new account.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m06-nemkonto"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Skat på et minut",
                        "en": "Tax in one minute",
                    },
                    "facts": {
                        "da": [
                            "Skattestyrelsen står for skat. Du logger på skat.dk med MitID.",
                            "Din arbejdsgiver trækker skatten fra lønnen ud fra dit skattekort.",
                            "Forskudsopgørelsen er et gæt om næste år – ret den, når dit liv ændrer sig.",
                            "Årsopgørelsen kommer i marts og viser, om du får penge tilbage eller skal betale restskat.",
                            "Penge fra det offentlige kommer ind på din NemKonto.",
                        ],
                        "en": [
                            "The Danish Tax Agency is in charge of tax. You log on to skat.dk with MitID.",
                            "Your employer deducts tax from your wages based on your tax card.",
                            "The preliminary tax assessment is a guess about next year – correct it when your life changes.",
                            "The annual tax statement comes in March and shows whether you get money back or must pay back tax.",
                            "Money from the public sector is paid into your NemKonto.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du få hjælp",
                        "en": "Where to get help",
                    },
                    "intro": {
                        "da": "På skat.dk ser du din skat og kan skrive til Skattestyrelsen. På borger.dk kan du læse mere om ydelser og NemKonto.",
                        "en": "On skat.dk you see your tax and can write to the Danish Tax Agency. On borger.dk you can read more about benefits and NemKonto.",
                    },
                    "resources": ["skat-dk", "borger-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilke ændringer i dit liv det næste år kan betyde, at du skal rette din forskudsopgørelse?",
                        "en": "What changes in your life over the next year might mean that you need to correct your preliminary tax assessment?",
                    },
                    "hint": {
                        "da": "Tænk på job, løn, uddannelse, flytning og vejen til arbejde.",
                        "en": "Think about work, pay, education, moving home and your journey to work.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: skat og NemKonto",
                        "en": "Test yourself: tax and NemKonto",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en forskudsopgørelse?",
                                "en": "What is a preliminary tax assessment (forskudsopgørelse)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Skattestyrelsens forventning til din indkomst og dine fradrag i det kommende år.",
                                        "en": "The Danish Tax Agency's estimate of your income and deductions for the coming year.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En regning fra banken.",
                                        "en": "A bill from the bank.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et brev om, at du har fået nyt job.",
                                        "en": "A letter saying you have got a new job.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Forskudsopgørelsen er et gæt om det kommende år. Dit skattekort bygger på den.",
                                "en": "The preliminary tax assessment is a guess about the coming year. Your tax card is based on it.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvornår kan du normalt se din årsopgørelse?",
                                "en": "When can you normally see your annual tax statement?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "I marts.", "en": "In March."},
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Juleaften.", "en": "On Christmas Eve."},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kun hvis jeg ringer og beder om den.",
                                        "en": "Only if I call and ask for it.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Årsopgørelsen for sidste år kommer hvert år i marts på skat.dk.",
                                "en": "The annual tax statement for the previous year comes every year in March on skat.dk.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor bliver boligstøtte og penge fra skat sat ind?",
                                "en": "Where are housing benefit and tax refunds paid in?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "På min NemKonto.", "en": "Into my NemKonto."},
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Som kontanter i Borgerservice.",
                                        "en": "As cash at Borgerservice.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "På mit MitID.", "en": "Onto my MitID."},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Det offentlige betaler altid til din NemKonto, som er en af dine almindelige bankkonti.",
                                "en": "The public sector always pays into your NemKonto, which is one of your ordinary bank accounts.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du får nyt job med en højere løn. Hvad er klogt at gøre?",
                                "en": "You get a new job with higher pay. What is the smart thing to do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Rette min forskudsopgørelse på skat.dk.",
                                        "en": "Correct my preliminary tax assessment on skat.dk.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Vente og se, hvad årsopgørelsen siger.",
                                        "en": "Wait and see what the annual tax statement says.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Bede min arbejdsgiver om at betale mig uden skat.",
                                        "en": "Ask my employer to pay me without tax.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Retter du forskudsopgørelsen, betaler du den rigtige skat hver måned og undgår restskat. Løn uden skat er sort arbejde og ulovligt.",
                                "en": "If you correct the preliminary tax assessment, you pay the right tax every month and avoid back tax. Pay without tax is undeclared work and illegal.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "bank-budget-and-fraud",
            "estimated_minutes": 45,
            "title": {
                "da": "Bank, budget og beskyttelse mod svindel",
                "en": "Bank, budget and protection against fraud",
            },
            "intro": {
                "da": "Lær at åbne en bankkonto, lægge et budget, undgå dyr gæld og genkende svindel.",
                "en": "Learn to open a bank account, make a budget, avoid expensive debt and recognise fraud.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## En bankkonto i Danmark",
                            "I Danmark betaler man sjældent med kontanter. Løn og penge fra det offentlige kommer ind på en bankkonto, og man betaler med kort eller med telefonen. Derfor har du brug for en dansk bankkonto.",
                            "For at åbne en konto skal du typisk vise:",
                            "- pas eller andet ID med billede",
                            "- dit CPR-nummer",
                            "- dokumentation for dit ophold i Danmark",
                            "Banken skal efter loven spørge, hvem du er, og hvad du skal bruge kontoen til. Det er normalt. Bor du lovligt i Danmark, har du som udgangspunkt ret til en enkel bankkonto med et betalingskort. Med kontoen får du adgang til netbank og mobilbank. Mange bruger også appen MobilePay til at betale og sende penge.",
                            "<b>Lån aldrig din konto ud.</b> Nogle gange spørger en fremmed eller en “ven”, om de må bruge din konto til at overføre penge, og de lover dig lidt penge for det. Sig nej. Det er ofte penge fra kriminalitet, og du kan selv blive straffet. Giv heller aldrig dit kort, din pinkode eller dit MitID til andre.",
                        ],
                        "en": [
                            "## A bank account in Denmark",
                            "In Denmark, people rarely pay with cash. Wages and money from the public sector go into a bank account, and people pay by card or with their phone. That is why you need a Danish bank account.",
                            "To open an account you usually have to show:",
                            "- a passport or other photo ID",
                            "- your CPR number",
                            "- documentation of your residence in Denmark",
                            "By law, the bank must ask who you are and what you will use the account for. This is normal. If you live in Denmark legally, you are in principle entitled to a simple bank account with a payment card. With the account you get access to online and mobile banking. Many people also use the MobilePay app to pay and send money.",
                            "<b>Never lend out your account.</b> Sometimes a stranger or a “friend” asks if they can use your account to transfer money and promises you a little money for it. Say no. It is often money from crime, and you can be punished yourself. Also never give your card, your PIN or your MitID to anyone else.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Læg et budget",
                            "Et <b>budget</b> er en plan for dine penge hver måned. Det hjælper dig med at se, om pengene rækker.",
                            "1. Skriv alt, hvad du får ind efter skat: løn eller ydelser.",
                            "2. Skriv dine faste udgifter: husleje, el, varme, internet, telefon, forsikring, transport og institution til børn.",
                            "3. Træk de faste udgifter fra. Resten er til mad, tøj og alt det andet.",
                            "4. Spar lidt op hver måned, hvis du kan – fx til en ødelagt vaskemaskine eller en regning fra tandlægen.",
                            "Mange faste regninger kan betales automatisk med <b>Betalingsservice</b>. Så glemmer du dem ikke. Men husk at have penge nok på kontoen den dag, regningen bliver trukket.",
                        ],
                        "en": [
                            "## Make a budget",
                            "A <b>budget</b> is a plan for your money each month. It helps you see whether the money is enough.",
                            "1. Write down everything you receive after tax: wages or benefits.",
                            "2. Write down your fixed expenses: rent, electricity, heating, internet, phone, insurance, transport and childcare.",
                            "3. Subtract the fixed expenses. The rest is for food, clothes and everything else.",
                            "4. Save a little each month if you can – for example for a broken washing machine or a dentist's bill.",
                            "Many regular bills can be paid automatically with <b>Betalingsservice</b> (direct debit). Then you do not forget them. But remember to have enough money in the account on the day the bill is paid.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Pas på dyr gæld",
                            "Det er let at låne penge i Danmark, fx med kviklån, “køb nu – betal senere” eller afbetaling i en butik. Det kan blive meget dyrt. Se altid på <b>ÅOP</b> (årlige omkostninger i procent), før du låner. Jo højere ÅOP, jo dyrere er lånet.",
                            "Betaler du ikke regninger til det offentlige, fx skat eller betaling for daginstitution, kan gælden blive sendt til <b>Gældsstyrelsen</b>. Den kan trække pengene direkte fra din løn eller dine ydelser. Betaler du ikke private regninger, kan du blive registreret som dårlig betaler. Så kan det blive svært at få fx et mobilabonnement eller et lån.",
                            "Har du problemer med gæld, så vent ikke. Åbn brevene, tal med dem, du skylder penge, og få gratis rådgivning, fx hos Forbrugerrådet Tænk eller en frivillig gældsrådgivning.",
                        ],
                        "en": [
                            "## Beware of expensive debt",
                            "It is easy to borrow money in Denmark, for example with quick loans, “buy now – pay later” or instalment plans in a shop. It can become very expensive. Always look at the <b>ÅOP</b> (annual percentage rate) before you borrow. The higher the ÅOP, the more expensive the loan.",
                            "If you do not pay bills to the public sector, for example tax or fees for childcare, the debt can be sent to <b>Gældsstyrelsen</b> (the Danish Debt Collection Agency). It can take the money directly from your wages or benefits. If you do not pay private bills, you can be registered as a bad payer. Then it can become hard to get, for example, a mobile phone contract or a loan.",
                            "If you have problems with debt, do not wait. Open the letters, talk to the people you owe money to, and get free advice, for example from Forbrugerrådet Tænk or a volunteer debt counselling service.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan genkender du svindel",
                            "Svindlere prøver at få fat i dine penge eller dit MitID. De skriver sms'er og e-mails eller ringer og lader, som om de er fra banken, politiet, Skattestyrelsen, et pakkefirma eller MitID. Tegn på svindel:",
                            "- Du skal handle hurtigt – ellers sker der noget slemt.",
                            "- Der er et link, du skal trykke på.",
                            "- Du bliver bedt om koder, dit kortnummer eller at godkende i MitID-appen.",
                            "- Et ukendt nummer skriver “Hej mor, jeg har fået nyt nummer” og beder om penge.",
                            "Husk: Banker og myndigheder beder aldrig om dine koder eller kortoplysninger i en sms, en e-mail eller et opkald. Tryk ikke på linket. Gå selv ind på den rigtige hjemmeside, eller ring til et nummer, du selv har fundet.",
                            "## Hvis uheldet er ude",
                            "1. Ring til din bank med det samme, og få spærret dit kort.",
                            "2. Spær dit MitID, hvis svindleren kan have fået adgang til det.",
                            "3. Anmeld svindlen til politiet på politi.dk.",
                            "Du skal ikke skamme dig. Svindlerne er dygtige, og det sker for mange mennesker.",
                        ],
                        "en": [
                            "## How to recognise fraud",
                            "Fraudsters try to get hold of your money or your MitID. They send text messages and e-mails or call you and pretend to be from the bank, the police, the Danish Tax Agency, a parcel company or MitID. Signs of fraud:",
                            "- You must act quickly – otherwise something bad will happen.",
                            "- There is a link you are asked to tap.",
                            "- You are asked for codes, your card number or to approve in the MitID app.",
                            "- An unknown number writes “Hi mum, I have got a new number” and asks for money.",
                            "Remember: banks and authorities never ask for your codes or card details in a text message, an e-mail or a phone call. Do not tap the link. Go to the real website yourself, or call a number you have found yourself.",
                            "## If it has already happened",
                            "1. Call your bank straight away and have your card blocked.",
                            "2. Block your MitID if the fraudster may have got access to it.",
                            "3. Report the fraud to the police on politi.dk.",
                            "You should not feel ashamed. Fraudsters are skilled, and it happens to many people.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "mitid"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Husk dette",
                        "en": "Remember this",
                    },
                    "facts": {
                        "da": [
                            "Du har brug for en dansk bankkonto til løn og ydelser.",
                            "Lån aldrig din konto, dit kort eller dit MitID ud.",
                            "Et budget viser, om pengene rækker hver måned.",
                            "Se på ÅOP, før du låner – kviklån er dyre.",
                            "Banker og myndigheder beder aldrig om koder i sms, e-mail eller telefon.",
                        ],
                        "en": [
                            "You need a Danish bank account for wages and benefits.",
                            "Never lend out your account, your card or your MitID.",
                            "A budget shows whether the money is enough each month.",
                            "Look at the ÅOP before you borrow – quick loans are expensive.",
                            "Banks and authorities never ask for codes by text, e-mail or phone.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du få hjælp",
                        "en": "Where to get help",
                    },
                    "intro": {
                        "da": "Få råd om penge og gæld, og læs, hvordan du beskytter dit MitID mod svindel.",
                        "en": "Get advice on money and debt, and read how to protect your MitID against fraud.",
                    },
                    "resources": ["taenk-gaeldsraadgivning", "mitid"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad er dine tre største faste udgifter hver måned, og hvor kunne du spare lidt?",
                        "en": "What are your three biggest fixed expenses each month, and where could you save a little?",
                    },
                    "hint": {
                        "da": "Se på husleje, telefon, transport og abonnementer. Sammenlign priser, og spørg andre, hvad de betaler.",
                        "en": "Look at rent, phone, transport and subscriptions. Compare prices, and ask others what they pay.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: bank, budget og svindel",
                        "en": "Test yourself: bank, budget and fraud",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du får en sms fra “banken”: “Din konto bliver lukket i dag. Log på her.” Hvad gør du?",
                                "en": "You get a text from “the bank”: “Your account will be closed today. Log on here.” What do you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Jeg trykker på linket med det samme.",
                                        "en": "I tap the link straight away.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Jeg sletter sms'en og kontakter selv banken på et nummer, jeg kender.",
                                        "en": "I delete the text and contact the bank myself on a number I know.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Jeg svarer med mit kortnummer.",
                                        "en": "I reply with my card number.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Travlhed og et link er typiske tegn på svindel. Kontakt selv banken på et nummer, du har fundet selv.",
                                "en": "Urgency and a link are typical signs of fraud. Contact the bank yourself on a number you have found yourself.",
                            },
                        },
                        {
                            "question": {
                                "da": "En person, du ikke kender, tilbyder dig 2.000 kr. for at låne din bankkonto. Hvad er rigtigt?",
                                "en": "Someone you do not know offers you DKK 2,000 to borrow your bank account. What is true?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Det er en nem måde at tjene penge på.",
                                        "en": "It is an easy way to earn money.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det er ofte kriminalitet, og jeg kan selv blive straffet.",
                                        "en": "It is often crime, and I can be punished myself.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Det er lovligt, hvis det kun sker én gang.",
                                        "en": "It is legal if it only happens once.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kriminelle bruger andres konti til at flytte penge. Den, der låner sin konto ud, kan også blive straffet.",
                                "en": "Criminals use other people's accounts to move money. Anyone who lends out their account can also be punished.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder det, når et lån har en høj ÅOP?",
                                "en": "What does it mean when a loan has a high ÅOP?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "Lånet er dyrt.", "en": "The loan is expensive."},
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Lånet er gratis.", "en": "The loan is free."},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Banken giver mig ekstra penge.",
                                        "en": "The bank gives me extra money.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "ÅOP viser, hvad lånet koster om året i procent. Jo højere ÅOP, jo dyrere er lånet.",
                                "en": "ÅOP shows what the loan costs per year as a percentage. The higher the ÅOP, the more expensive the loan.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er et budget?",
                                "en": "What is a budget?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En plan for, hvad jeg får ind og bruger hver måned.",
                                        "en": "A plan for what I receive and spend each month.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "En slags lån.", "en": "A kind of loan."},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et brev fra Skattestyrelsen.",
                                        "en": "A letter from the Danish Tax Agency.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Et budget giver overblik. Det viser, hvad du har tilbage, når de faste udgifter er betalt.",
                                "en": "A budget gives you an overview. It shows what you have left when the fixed expenses are paid.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
