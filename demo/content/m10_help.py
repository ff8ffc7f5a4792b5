"""Module 10: getting help – where to go with which problem."""

GLOSSARY = {
    "m10-retshjaelp": {
        "term": {
            "da": "Retshjælp",
            "en": "Legal aid (retshjælp)",
            "ar": "المساعدة القانونية (retshjælp)",
            "uk": "Правова допомога (retshjælp)",
        },
        "explanation": {
            "da": "Hjælp og råd om juridiske problemer, fx med en udlejer, en arbejdsgiver eller en skilsmisse. Du kan få gratis retshjælp hos fx Advokatvagten og retshjælpskontorer.",
            "en": "Help and advice about legal problems, for example with a landlord, an employer or a divorce. You can get free legal aid from, for example, Advokatvagten and legal aid offices.",
            "ar": "مساعدة ونصيحة في المشكلات القانونية، مثلاً مع المؤجِّر أو صاحب العمل أو في حالة الطلاق. يمكنك الحصول على مساعدة قانونية مجانية مثلاً لدى Advokatvagten ومكاتب المساعدة القانونية (retshjælpskontorer).",
            "uk": "Допомога й поради щодо юридичних проблем, наприклад з орендодавцем, роботодавцем або під час розлучення. Безкоштовну правову допомогу можна отримати, зокрема, в Advokatvagten і в бюро правової допомоги (retshjælpskontorer).",
        },
    },
    "m10-gaeldsraadgivning": {
        "term": {
            "da": "Gældsrådgivning",
            "en": "Debt counselling (gældsrådgivning)",
            "ar": "استشارات الديون (gældsrådgivning)",
            "uk": "Консультації щодо боргів (gældsrådgivning)",
        },
        "explanation": {
            "da": "Gratis hjælp til at få overblik over din gæld, lave et budget og finde en løsning sammen med dem, du skylder penge. Flere organisationer tilbyder det.",
            "en": "Free help to get an overview of your debt, make a budget and find a solution with the people you owe money to. Several organisations offer it.",
            "ar": "مساعدة مجانية لمعرفة ديونك بوضوح، ووضع ميزانية، وإيجاد حل بالاتفاق مع من تدين لهم بالمال. تقدّمها عدة منظمات.",
            "uk": "Безкоштовна допомога, щоб скласти загальну картину боргів, бюджет і знайти рішення разом із тими, кому ви винні гроші. Її пропонують кілька організацій.",
        },
    },
    "m10-krisecenter": {
        "term": {
            "da": "Krisecenter",
            "en": "Crisis centre (krisecenter)",
            "ar": "مركز الإيواء في الأزمات (krisecenter)",
            "uk": "Кризовий центр (krisecenter)",
        },
        "explanation": {
            "da": "Et sikkert sted at bo i en periode for en person, der må flygte fra vold i hjemmet. Kvinder kan tage deres børn med. Der findes også krisecentre for mænd.",
            "en": "A safe place to live for a period for a person who has to escape violence at home. Women can bring their children. There are also crisis centres for men.",
            "ar": "مكان آمن للسكن لفترة من الوقت لمن يضطر إلى الهرب من العنف في البيت. يمكن للنساء أن يصطحبن أطفالهن. وتوجد أيضاً مراكز إيواء للرجال.",
            "uk": "Безпечне місце, де можна тимчасово жити, якщо доводиться тікати від насильства вдома. Жінки можуть узяти з собою дітей. Існують також кризові центри для чоловіків.",
        },
    },
}

RESOURCES = {
    "m10-moedrehjaelpen": {
        "name": {
            "da": "Mødrehjælpen",
            "en": "Mødrehjælpen – help for families",
            "ar": "Mødrehjælpen – مساعدة للعائلات",
            "uk": "Mødrehjælpen – допомога сім'ям",
        },
        "category": "family",
        "description": {
            "da": "En organisation, der hjælper gravide og familier med børn, som har det svært. Mødrehjælpen giver gratis rådgivning, fx om økonomi, gæld, skilsmisse og vold i familien.",
            "en": "An organisation that helps pregnant women and families with children who are going through a hard time. Mødrehjælpen gives free advice, for example about money, debt, divorce and violence in the family.",
            "ar": "منظمة تساعد الحوامل والعائلات التي لديها أطفال وتمر بظروف صعبة. تقدّم Mødrehjælpen استشارات مجانية، مثلاً حول المال والديون والطلاق والعنف داخل الأسرة.",
            "uk": "Організація, яка допомагає вагітним жінкам і сім'ям з дітьми у складних ситуаціях. Mødrehjælpen безкоштовно консультує, наприклад, щодо грошей, боргів, розлучення та насильства в сім'ї.",
        },
        "url": "https://moedrehjaelpen.dk/",
        "city": "",
    },
    "m10-lokk": {
        "name": {
            "da": "LOKK – Landsorganisation af Kvindekrisecentre",
            "en": "LOKK – National Organisation of Women's Shelters",
            "ar": "LOKK – المنظمة الوطنية لمراكز إيواء النساء",
            "uk": "LOKK – Національна організація жіночих кризових центрів",
        },
        "category": "emergency",
        "description": {
            "da": "Landsorganisationen for kvindekrisecentre i Danmark. På hjemmesiden kan du læse om vold i nære relationer og om krisecentre for kvinder og deres børn.",
            "en": "The national organisation for women's shelters in Denmark. On the website you can read about violence in close relationships and about crisis centres for women and their children.",
            "ar": "المنظمة الوطنية لمراكز إيواء النساء في الدنمارك. على الموقع يمكنك أن تقرأ عن العنف في العلاقات القريبة وعن مراكز الإيواء للنساء وأطفالهن.",
            "uk": "Національна організація жіночих кризових центрів у Данії. На сайті можна прочитати про насильство в близьких стосунках і про кризові центри для жінок та їхніх дітей.",
        },
        "url": "https://www.lokk.dk/",
        "city": "",
    },
    "m10-boernetelefonen": {
        "name": {
            "da": "BørneTelefonen – Børns Vilkår",
            "en": "BørneTelefonen – child helpline (Børns Vilkår)",
            "ar": "BørneTelefonen – خط مساعدة الأطفال (Børns Vilkår)",
            "uk": "BørneTelefonen – телефон довіри для дітей (Børns Vilkår)",
        },
        "category": "family",
        "description": {
            "da": "Børn og unge kan ringe gratis og anonymt på 116 111 – døgnet rundt – eller skrive med en rådgiver. De kan tale om alt, fx problemer derhjemme, mobning eller vold.",
            "en": "Children and young people can call free and anonymously on 116 111 – around the clock – or write to an adviser. They can talk about anything, for example problems at home, bullying or violence.",
            "ar": "يمكن للأطفال والشباب الاتصال مجاناً ومن دون ذكر الاسم على الرقم 116 111 على مدار الساعة، أو التواصل كتابةً مع مستشار. يمكنهم التحدث عن أي شيء، مثل المشكلات في البيت أو التنمّر أو العنف.",
            "uk": "Діти й підлітки можуть телефонувати безкоштовно й анонімно за номером 116 111 цілодобово або написати консультантові. Можна говорити про будь-що, наприклад про проблеми вдома, цькування чи насильство.",
        },
        "url": "https://bornsvilkar.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "getting-help",
    "mandatory": True,
    "title": {
        "da": "Hvor kan jeg få hjælp?",
        "en": "Where can I get help?",
        "ar": "أين يمكنني الحصول على المساعدة؟",
        "uk": "Де отримати допомогу?",
    },
    "summary": {
        "da": "Lær, hvor du skal henvende dig med forskellige problemer: hos det offentlige, hos gratis rådgivninger og når du er i krise.",
        "en": "Learn where to go with different problems: public authorities, free advice services and help when you are in crisis.",
        "ar": "تعرّف إلى أين تتوجّه عندما تواجه مشكلات مختلفة: إلى الجهات العامة، وإلى خدمات الاستشارة المجانية، وعندما تمر بأزمة.",
        "uk": "Дізнайтеся, куди звертатися з різними проблемами: до державних установ, до безкоштовних консультацій і по допомогу в кризовій ситуації.",
    },
    "objectives": {
        "da": [
            "Du kan vælge det rigtige sted at henvende dig: Borgerservice, jobcentret, din læge eller Udbetaling Danmark.",
            "Du kan forklare, hvordan du får en tolk hos lægen eller på sygehuset.",
            "Du kan finde gratis juridisk rådgivning og gældsrådgivning.",
            "Du kender numrene 112, 114 og 1888 og ved, hvor du kan få hjælp ved vold og krise.",
        ],
        "en": [
            "You can choose the right place to contact: Borgerservice, the jobcentre, your doctor or Udbetaling Danmark.",
            "You can explain how to get an interpreter at the doctor's or in hospital.",
            "You can find free legal advice and debt counselling.",
            "You know the numbers 112, 114 and 1888 and where to get help with violence and crisis.",
        ],
        "ar": [
            "يمكنك أن تختار الجهة الصحيحة للتواصل معها: Borgerservice أو مركز العمل (jobcenter) أو طبيبك أو Udbetaling Danmark.",
            "يمكنك أن تشرح كيف تحصل على مترجم شفهي (tolk) عند الطبيب أو في المستشفى.",
            "يمكنك أن تجد استشارة قانونية مجانية واستشارة مجانية في الديون.",
            "تعرف الأرقام 112 و114 و1888، وتعرف أين تحصل على المساعدة في حالات العنف والأزمات.",
        ],
        "uk": [
            "Ви можете вибрати правильне місце для звернення: Borgerservice, центр зайнятості (jobcenter), ваш лікар чи Udbetaling Danmark.",
            "Ви можете пояснити, як отримати перекладача (tolk) у лікаря або в лікарні.",
            "Ви можете знайти безкоштовну юридичну консультацію та консультацію щодо боргів.",
            "Ви знаєте номери 112, 114 і 1888 і знаєте, де шукати допомоги у разі насильства чи кризи.",
        ],
    },
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "who-helps-with-what",
            "estimated_minutes": 50,
            "title": {
                "da": "Hvem hjælper med hvad?",
                "en": "Who helps with what?",
            },
            "intro": {
                "da": "Borgerservice, jobcentret, lægen og Udbetaling Danmark: Lær, hvor du skal gå hen med dit spørgsmål.",
                "en": "Borgerservice, the jobcentre, the doctor and Udbetaling Danmark: learn where to go with your question.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Det rigtige sted første gang",
                            'I Danmark er der mange offentlige kontorer, og det kan være svært at vide, hvem der gør hvad. En god regel er: Start med at læse på <a href="https://www.borger.dk/">borger.dk</a>. Her står det meste, og du kan ofte klare sagen selv med MitID. Kan du ikke finde svaret, så ring eller gå til det rigtige kontor.',
                            "Hav altid dit CPR-nummer klar, og tag dit sundhedskort og de breve, det handler om, med. Skriv dine spørgsmål ned før mødet. Du må gerne tage en person med, fx en ven. Det kaldes en <b>bisidder</b>.",
                            "## Borgerservice",
                            "Borgerservice er kommunens kontor for borgerne. Her kan du fx få hjælp til:",
                            "- sundhedskort, pas og kørekort",
                            "- MitID, hvis du ikke kan oprette det selv",
                            "- Digital Post – også hvis du vil søge om at blive fritaget",
                            "- spørgsmål om ydelser fra Udbetaling Danmark, hvis du har brug for at tale med nogen ansigt til ansigt",
                            "I mange kommuner skal du bestille tid på kommunens hjemmeside. Borgerservice kan forklare og vejlede, men kan ikke altid træffe afgørelse i din sag.",
                        ],
                        "en": [
                            "## The right place the first time",
                            'In Denmark there are many public offices, and it can be hard to know who does what. A good rule is: start by reading on <a href="https://www.borger.dk/">borger.dk</a>. Most things are explained there, and you can often sort out the matter yourself with MitID. If you cannot find the answer, call or go to the right office.',
                            "Always have your CPR number ready, and bring your health card and the letters the matter is about. Write down your questions before the meeting. You are welcome to bring another person, for example a friend. This person is called a <b>bisidder</b> (a support person).",
                            "## Borgerservice",
                            "Borgerservice is the municipality's office for citizens. Here you can get help with, for example:",
                            "- your health card, passport and driving licence",
                            "- MitID, if you cannot set it up yourself",
                            "- Digital Post – also if you want to apply to be exempt",
                            "- questions about benefits from Udbetaling Danmark, if you need to talk to someone face to face",
                            "In many municipalities you have to book an appointment on the municipality's website. Borgerservice can explain and guide you, but cannot always make the decision in your case.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "borgerservice"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Jobcentret",
                            "Jobcentret hører også til kommunen. Gå til jobcentret, når det handler om arbejde, praktik, uddannelse og din plan for at komme i job. Har du en sagsbehandler, er det ham eller hende, du skal kontakte først.",
                            'Mister du dit job, skal du melde dig ledig på <a href="https://www.jobnet.dk/">jobnet.dk</a> senest den første dag, du er uden arbejde. Er du medlem af en a-kasse, skal du også kontakte den. Har du ingen penge at leve for, så kontakt kommunen hurtigt. Kommunen kan undersøge, om du har ret til økonomisk hjælp.',
                            "## Din læge",
                            "Har du et problem med dit helbred, så ring til din egen læge. Du finder lægens navn og telefonnummer på dit sundhedskort. Det er gratis at gå til lægen. Lægen kan sende dig videre til fx en speciallæge, en psykolog eller sygehuset.",
                            'Er lægen lukket, og kan det ikke vente til næste dag, så ring til lægevagten. I Region Hovedstaden ringer du til <b>1813</b>. I de andre regioner finder du nummeret på <a href="https://www.sundhed.dk/">sundhed.dk</a>. Er der fare for liv, så ring <b>112</b>.',
                        ],
                        "en": [
                            "## The jobcentre",
                            "The jobcentre is also part of the municipality. Go to the jobcentre when it is about work, work placements, education and your plan for getting a job. If you have a caseworker, he or she is the person to contact first.",
                            'If you lose your job, you must register as unemployed on <a href="https://www.jobnet.dk/">jobnet.dk</a> no later than your first day without work. If you are a member of an a-kasse (unemployment insurance fund), you must contact it too. If you have no money to live on, contact the municipality quickly. The municipality can check whether you have the right to financial help.',
                            "## Your doctor",
                            "If you have a health problem, call your own doctor (GP). You will find the doctor's name and phone number on your health card. It is free to see the doctor. The doctor can refer you to, for example, a specialist, a psychologist or the hospital.",
                            'If the doctor\'s surgery is closed and it cannot wait until the next day, call the out-of-hours doctor (lægevagten). In the Capital Region (Region Hovedstaden) you call <b>1813</b>. In the other regions you can find the number on <a href="https://www.sundhed.dk/">sundhed.dk</a>. If a life is in danger, call <b>112</b>.',
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tolk hos lægen og på sygehuset",
                            "Forstår du ikke nok dansk til at tale om dit helbred, kan du få en tolk, hvis lægen vurderer, at det er nødvendigt. Sig det, når du bestiller tid. Så bestiller lægen eller sygehuset tolken. Tolken kan være i rummet, i telefonen eller på video.",
                            "Tolken har tavshedspligt og må ikke fortælle andre om det, I taler om. Brug helst ikke dine børn som tolk. Det er ikke godt for børnene, og der kan let ske fejl.",
                            "De første år, du bor i Danmark, er tolkning gratis. Senere kan du skulle betale et gebyr. Reglerne om gebyret kan ændre sig, så spørg lægen eller sygehuset, hvad der gælder for dig.",
                        ],
                        "en": [
                            "## An interpreter at the doctor's and in hospital",
                            "If you do not understand enough Danish to talk about your health, you can get an interpreter if the doctor finds it necessary. Say so when you book the appointment. Then the doctor or the hospital books the interpreter. The interpreter can be in the room, on the phone or on video.",
                            "The interpreter has a duty of confidentiality and must not tell others what you talk about. Try not to use your children as interpreters. It is not good for the children, and mistakes can easily happen.",
                            "During your first years in Denmark, interpreting is free. Later you may have to pay a fee. The rules about the fee can change, so ask the doctor or the hospital what applies to you.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "tolk"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Udbetaling Danmark",
                            "Udbetaling Danmark er en offentlig myndighed, der udbetaler mange ydelser, fx børne- og ungeydelse (»børnechecken«), boligstøtte, barselsdagpenge og folkepension. Du søger på borger.dk med MitID. Du kan også ringe. Har du brug for at tale med nogen ansigt til ansigt, kan Borgerservice i din kommune hjælpe.",
                            "Hvad du kan få, afhænger af din situation, fx din indkomst og hvor længe du har boet i Danmark. Husk at give besked, hvis din situation ændrer sig, fx hvis du flytter, får nyt arbejde eller tjener mere. Ellers kan du komme til at betale penge tilbage.",
                        ],
                        "en": [
                            "## Udbetaling Danmark",
                            'Udbetaling Danmark is a public authority that pays out many benefits, for example child benefit (børne- og ungeydelse, often called "børnechecken"), housing benefit, parental leave benefit and state pension. You apply on borger.dk with MitID. You can also call. If you need to talk to someone face to face, Borgerservice in your municipality can help.',
                            "What you can get depends on your situation, for example your income and how long you have lived in Denmark. Remember to report it if your situation changes, for example if you move, get a new job or earn more. Otherwise you may have to pay money back.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Husk", "en": "Remember"},
                    "facts": {
                        "da": [
                            "Start på borger.dk – meget kan du klare selv med MitID.",
                            "Borgerservice: sundhedskort, pas, MitID og Digital Post.",
                            "Jobcentret: arbejde, uddannelse og din plan. Meld dig ledig på jobnet.dk.",
                            "Din egen læge: dit helbred. Lægevagten, når lægen er lukket – 1813 i Region Hovedstaden.",
                            "Udbetaling Danmark: fx børne- og ungeydelse, boligstøtte og folkepension.",
                        ],
                        "en": [
                            "Start at borger.dk – you can do a lot yourself with MitID.",
                            "Borgerservice: health card, passport, MitID and Digital Post.",
                            "The jobcentre: work, education and your plan. Register as unemployed on jobnet.dk.",
                            "Your own doctor: your health. The out-of-hours doctor when the surgery is closed – 1813 in the Capital Region.",
                            "Udbetaling Danmark: for example child benefit, housing benefit and state pension.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Offentlige hjemmesider", "en": "Public websites"},
                    "intro": {
                        "da": "Her finder du information og selvbetjening. Du logger på med MitID.",
                        "en": "Here you find information and self-service. You log on with MitID.",
                    },
                    "resources": [
                        "borger-dk",
                        "life-in-denmark",
                        "jobnet",
                        "sundhed-dk",
                        "udbetaling-danmark",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Tænk på et problem, du har haft i Danmark – fx et brev, du ikke forstod. Hvem kunne du have spurgt om hjælp?",
                        "en": "Think of a problem you have had in Denmark – for example a letter you did not understand. Who could you have asked for help?",
                    },
                    "hint": {
                        "da": "Brug listen i lektionen: Borgerservice, jobcentret, din læge eller Udbetaling Danmark. Skriv navn og telefonnummer ned på de steder, du oftest har brug for.",
                        "en": "Use the list in the lesson: Borgerservice, the jobcentre, your doctor or Udbetaling Danmark. Write down the name and phone number of the places you need most often.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv", "en": "Test yourself"},
                    "questions": [
                        {
                            "question": {
                                "da": "Du har mistet dit sundhedskort. Hvor kan du få hjælp?",
                                "en": "You have lost your health card. Where can you get help?",
                            },
                            "choices": [
                                {"text": {"da": "Borgerservice", "en": "Borgerservice"}, "correct": True},
                                {"text": {"da": "Jobcentret", "en": "The jobcentre"}, "correct": False},
                                {"text": {"da": "Politiet", "en": "The police"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Borgerservice i kommunen hjælper med sundhedskort. Du kan også bestille et nyt på borger.dk.",
                                "en": "Borgerservice in the municipality helps with health cards. You can also order a new one on borger.dk.",
                            },
                        },
                        {
                            "question": {
                                "da": "Din søn har høj feber søndag aften, og lægen har lukket. I bor i København. Hvad gør du?",
                                "en": "Your son has a high fever on Sunday evening, and the doctor's surgery is closed. You live in Copenhagen. What do you do?",
                            },
                            "choices": [
                                {"text": {"da": "Ringer til 1813", "en": "Call 1813"}, "correct": True},
                                {
                                    "text": {
                                        "da": "Venter til mandag og går til Borgerservice",
                                        "en": "Wait until Monday and go to Borgerservice",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "Ringer til jobcentret", "en": "Call the jobcentre"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I Region Hovedstaden ringer du til 1813, når lægen har lukket. Er der fare for liv, ringer du 112.",
                                "en": "In the Capital Region you call 1813 when the doctor's surgery is closed. If a life is in danger, you call 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem udbetaler boligstøtte?",
                                "en": "Who pays out housing benefit?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "Udbetaling Danmark", "en": "Udbetaling Danmark"},
                                    "correct": True,
                                },
                                {"text": {"da": "Din udlejer", "en": "Your landlord"}, "correct": False},
                                {"text": {"da": "Banken", "en": "The bank"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Udbetaling Danmark udbetaler boligstøtte. Du søger på borger.dk.",
                                "en": "Udbetaling Danmark pays out housing benefit. You apply on borger.dk.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du skal til lægen og taler ikke godt dansk. Hvad er bedst?",
                                "en": "You are going to the doctor and do not speak Danish well. What is best?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At sige, at du har brug for en tolk, når du bestiller tid",
                                        "en": "Say that you need an interpreter when you book the appointment",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At tage din datter på 10 år med som tolk",
                                        "en": "Bring your 10-year-old daughter as an interpreter",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At lade være med at gå til lægen",
                                        "en": "Not go to the doctor",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sig det, når du bestiller tid. Så kan lægen bestille en professionel tolk. Børn skal ikke være tolk for deres forældre.",
                                "en": "Say so when you book the appointment. Then the doctor can book a professional interpreter. Children should not interpret for their parents.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "free-advice",
            "estimated_minutes": 45,
            "title": {
                "da": "Gratis rådgivning: jura, gæld og frivillig hjælp",
                "en": "Free advice: law, debt and help from volunteers",
            },
            "intro": {
                "da": "Du behøver ikke mange penge for at få gode råd. Lær om retshjælp, gældsrådgivning, frivillige organisationer og bibliotekets digitale hjælp.",
                "en": "You do not need a lot of money to get good advice. Learn about legal aid, debt counselling, voluntary organisations and the library's digital help.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Gratis juridisk rådgivning",
                            "Har du et juridisk problem, fx med din udlejer, din arbejdsgiver, en skilsmisse eller en regning, du er uenig i, kan du få gratis råd. Det kaldes <b>retshjælp</b>.",
                            "- <b>Advokatvagten</b>: Advokater giver gratis og anonyme råd mange steder i landet, ofte om aftenen. Du møder op i åbningstiden og får et kort, mundtligt råd. De skriver ikke breve for dig og fører ikke din sag.",
                            "- <b>Retshjælpskontorer</b>: I flere større byer er der retshjælpskontorer, hvor fx jurastuderende hjælper gratis. Nogle steder kan de også hjælpe med at skrive et brev eller en klage.",
                            "- <b>Retshjælpsforsikring</b>: Har du en indboforsikring, er der ofte en retshjælpsforsikring med. Den kan betale en del af udgifterne til en advokat, hvis du kommer i en retssag.",
                            "- <b>Offentlig retshjælp og fri proces</b>: Har du en lav indkomst, kan du i nogle tilfælde få hjælp fra staten til at betale en advokat eller en retssag. Advokatvagten kan fortælle dig mere.",
                            "Rådgivningen er som regel på dansk. Tag en person med, der kan hjælpe dig med sproget, hvis du har brug for det.",
                        ],
                        "en": [
                            "## Free legal advice",
                            "If you have a legal problem, for example with your landlord, your employer, a divorce or a bill you disagree with, you can get free advice. This is called <b>legal aid</b> (retshjælp).",
                            "- <b>Advokatvagten</b>: Lawyers give free and anonymous advice in many places across the country, often in the evening. You turn up during opening hours and get short, spoken advice. They do not write letters for you or take on your case.",
                            "- <b>Legal aid offices</b> (retshjælpskontorer): In several larger cities there are legal aid offices where, for example, law students help for free. In some places they can also help you write a letter or a complaint.",
                            "- <b>Legal expenses insurance</b> (retshjælpsforsikring): If you have home contents insurance, it often includes legal expenses insurance. It can pay part of the cost of a lawyer if you end up in a court case.",
                            "- <b>Public legal aid and free legal proceedings</b> (offentlig retshjælp and fri proces): If you have a low income, you can in some cases get help from the state to pay for a lawyer or a court case. Advokatvagten can tell you more.",
                            "The advice is usually given in Danish. Bring someone who can help you with the language if you need it.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m10-retshjaelp"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Gæld – få hjælp i tide",
                            "Mange mennesker får gæld på et tidspunkt. Det kan være en regning, du ikke kan betale, et lån eller penge, du skylder det offentlige. Det værste, du kan gøre, er at lade brevene ligge. Gælden bliver ofte større, fordi der kommer renter og gebyrer.",
                            "Du kan få gratis <b>gældsrådgivning</b>. Flere organisationer tilbyder det, fx Forbrugerrådet Tænk og Mødrehjælpen (for familier med børn). Nogle kommuner har også økonomisk rådgivning. En rådgiver kan hjælpe dig med at:",
                            "- få overblik over, hvem du skylder penge, og hvor meget",
                            "- lave et budget for din husholdning",
                            "- tale med dem, du skylder penge, om en aftale om at betale",
                            "Skylder du penge til det offentlige, fx skat, er det <b>Gældsstyrelsen</b>, der kræver gælden ind. Kontakt dem, hvis du ikke kan betale. Måske kan du få en aftale om at betale lidt ad gangen.",
                            "Pas på med kviklån og lån på nettet med høje renter. Læs altid, hvad lånet koster i alt, før du siger ja.",
                        ],
                        "en": [
                            "## Debt – get help in time",
                            "Many people get into debt at some point. It can be a bill you cannot pay, a loan or money you owe to the public sector. The worst thing you can do is to leave the letters unopened. The debt often grows because interest and fees are added.",
                            "You can get free <b>debt counselling</b> (gældsrådgivning). Several organisations offer it, for example Forbrugerrådet Tænk and Mødrehjælpen (for families with children). Some municipalities also offer financial advice. An adviser can help you to:",
                            "- get an overview of who you owe money to, and how much",
                            "- make a budget for your household",
                            "- talk to the people you owe money to about an agreement to pay",
                            "If you owe money to the public sector, for example tax, it is the Danish Debt Collection Agency (<b>Gældsstyrelsen</b>) that collects the debt. Contact them if you cannot pay. You may be able to get an agreement to pay a little at a time.",
                            "Be careful with quick loans (kviklån) and online loans with high interest. Always read what the loan costs in total before you say yes.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m10-gaeldsraadgivning"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Frivillige organisationer",
                            "Frivillige organisationer hjælper mange nye borgere i Danmark. Hjælpen er gratis, og de frivillige er ikke en del af kommunen.",
                            "<b>Dansk Flygtningehjælp</b> har frivilliggrupper over hele landet. Her kan du fx få hjælp til at forstå breve fra myndighederne, øve dansk i en sprogcafé, få lektiehjælp til dine børn eller få en netværksperson, som du kan mødes med og spørge om hverdagen i Danmark.",
                            "<b>Dansk Røde Kors</b> har lokale afdelinger med fx lektiehjælp, besøgsvenner og aktiviteter for familier. Mange steder er der også en genbrugsbutik, hvor du kan købe billigt tøj og ting til hjemmet.",
                            "Frivillige kan ikke træffe afgørelser i din sag. Men de kan forklare, hjælpe dig med at forberede et møde og måske gå med som bisidder.",
                            "## Digital hjælp på biblioteket",
                            "Det meste af din kontakt med det offentlige foregår digitalt. Har du svært ved det, så gå på biblioteket. Mange biblioteker har faste tider, hvor du kan få hjælp til fx MitID, Digital Post, borger.dk og at sende en ansøgning. Det er ofte bibliotekarer eller frivillige, der hjælper.",
                            "Borgerservice kan også hjælpe. Kan du slet ikke bruge en computer eller en smartphone, kan du måske blive fritaget for Digital Post. Så får du brevene på papir. Spørg Borgerservice.",
                            "<b>Vigtigt:</b> Giv aldrig din MitID eller dine koder til andre – heller ikke til en, der vil hjælpe dig. En rigtig hjælper sidder ved siden af dig, mens du selv logger på.",
                        ],
                        "en": [
                            "## Voluntary organisations",
                            "Voluntary organisations help many new citizens in Denmark. The help is free, and the volunteers are not part of the municipality.",
                            "The <b>Danish Refugee Council</b> (Dansk Flygtningehjælp) has volunteer groups all over the country. There you can, for example, get help to understand letters from the authorities, practise Danish in a language café, get homework help for your children or get a network person whom you can meet and ask about everyday life in Denmark.",
                            "The <b>Danish Red Cross</b> (Dansk Røde Kors) has local branches with, for example, homework help, visiting friends and activities for families. In many places there is also a second-hand shop where you can buy cheap clothes and things for your home.",
                            "Volunteers cannot make decisions in your case. But they can explain things, help you prepare for a meeting and perhaps come with you as a support person (bisidder).",
                            "## Digital help at the library",
                            "Most of your contact with public authorities happens digitally. If you find that difficult, go to the library. Many libraries have fixed times when you can get help with, for example, MitID, Digital Post, borger.dk and sending an application. Librarians or volunteers often help.",
                            "Borgerservice can also help. If you cannot use a computer or a smartphone at all, you may be able to get an exemption from Digital Post. Then you get your letters on paper. Ask Borgerservice.",
                            "<b>Important:</b> Never give your MitID or your codes to anyone else – not even to someone who wants to help you. A real helper sits next to you while you log on yourself.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Husk", "en": "Remember"},
                    "facts": {
                        "da": [
                            "Advokatvagten giver gratis og anonyme juridiske råd mange steder i landet.",
                            "Tjek, om din indboforsikring har en retshjælpsforsikring.",
                            "Gældsrådgivning er gratis hos flere organisationer, fx Forbrugerrådet Tænk.",
                            "Frivillige fra fx Dansk Flygtningehjælp og Dansk Røde Kors kan hjælpe med breve, dansk og lektier.",
                            "Biblioteket og Borgerservice kan hjælpe dig med det digitale. Giv aldrig din MitID til andre.",
                        ],
                        "en": [
                            "Advokatvagten gives free and anonymous legal advice in many places across the country.",
                            "Check whether your home contents insurance includes legal expenses insurance.",
                            "Debt counselling is free with several organisations, for example Forbrugerrådet Tænk.",
                            "Volunteers from, for example, the Danish Refugee Council and the Danish Red Cross can help with letters, Danish and homework.",
                            "The library and Borgerservice can help you with digital matters. Never give your MitID to anyone else.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Gratis rådgivning og frivillig hjælp",
                        "en": "Free advice and help from volunteers",
                    },
                    "intro": {
                        "da": "Disse organisationer hjælper gratis. Find den nærmeste afdeling på hjemmesiden.",
                        "en": "These organisations help for free. Find the nearest branch on their website.",
                    },
                    "resources": [
                        "advokatvagten",
                        "taenk-gaeldsraadgivning",
                        "m10-moedrehjaelpen",
                        "dansk-flygtningehjaelp",
                        "rode-kors",
                        "bibliotek-dk",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Forestil dig, at du får et brev om en regning, som du ikke forstår og mener er forkert. Hvad gør du – trin for trin?",
                        "en": "Imagine you receive a letter about a bill that you do not understand and think is wrong. What do you do – step by step?",
                    },
                    "hint": {
                        "da": "Tænk på: Hvem kan forklare brevet? Hvem kan give et juridisk råd? Hvad kan du gøre, før fristen for at betale er gået?",
                        "en": "Think about: Who can explain the letter? Who can give legal advice? What can you do before the payment deadline has passed?",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv", "en": "Test yourself"},
                    "questions": [
                        {
                            "question": {"da": "Hvad er Advokatvagten?", "en": "What is Advokatvagten?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "Gratis og anonym juridisk rådgivning fra advokater",
                                        "en": "Free and anonymous legal advice from lawyers",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En afdeling i politiet",
                                        "en": "A department of the police",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et firma, der kræver gæld ind",
                                        "en": "A company that collects debt",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Hos Advokatvagten giver advokater gratis og anonyme råd. Du får et kort, mundtligt råd.",
                                "en": "At Advokatvagten lawyers give free and anonymous advice. You get short, spoken advice.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du har gæld og kan ikke betale dine regninger. Hvad er det bedste at gøre?",
                                "en": "You are in debt and cannot pay your bills. What is the best thing to do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kontakte en gratis gældsrådgivning hurtigt",
                                        "en": "Contact a free debt counselling service quickly",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Lade brevene ligge, til problemet går væk",
                                        "en": "Leave the letters until the problem goes away",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Tage et kviklån for at betale regningerne",
                                        "en": "Take a quick loan to pay the bills",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Jo før du får hjælp, jo bedre. Gælden vokser, hvis du lader brevene ligge, og kviklån kan gøre gælden større.",
                                "en": "The sooner you get help, the better. The debt grows if you leave the letters, and quick loans can make the debt bigger.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad kan en frivillig fra Dansk Flygtningehjælp hjælpe dig med?",
                                "en": "What can a volunteer from the Danish Refugee Council help you with?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At forstå et brev fra kommunen",
                                        "en": "Understanding a letter from the municipality",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At træffe afgørelse i din sag om boligstøtte",
                                        "en": "Making the decision in your housing benefit case",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At logge på med din MitID, når du ikke er til stede",
                                        "en": "Logging on with your MitID when you are not there",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Frivillige kan forklare og støtte dig. De kan ikke træffe afgørelser, og de må aldrig bruge din MitID.",
                                "en": "Volunteers can explain things and support you. They cannot make decisions, and they must never use your MitID.",
                            },
                        },
                        {
                            "question": {
                                "da": "En person tilbyder at klare din Digital Post, hvis du giver ham din MitID. Hvad gør du?",
                                "en": "Someone offers to deal with your Digital Post if you give him your MitID. What do you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Siger nej – du giver aldrig din MitID til andre",
                                        "en": "Say no – you never give your MitID to anyone else",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Siger ja, hvis han virker flink",
                                        "en": "Say yes if he seems nice",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Giver ham kun din adgangskode",
                                        "en": "Give him only your password",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Din MitID er personlig. Få hjælp på biblioteket eller hos Borgerservice, hvor du selv logger på.",
                                "en": "Your MitID is personal. Get help at the library or at Borgerservice, where you log on yourself.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "crisis-and-violence",
            "estimated_minutes": 45,
            "title": {
                "da": "Når det er svært: krise og vold",
                "en": "When life is hard: crisis and violence",
            },
            "intro": {
                "da": "Ingen skal være alene med vold, trusler eller tanker om selvmord. Lær, hvem du kan ringe til – også anonymt.",
                "en": "No one should be alone with violence, threats or thoughts of suicide. Learn who you can call – also anonymously.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Ring 112 ved akut fare",
                            "Er der fare for liv, er der brand, eller er nogen kommet alvorligt til skade, så ring <b>112</b>. Det er gratis, og du kan ringe fra alle telefoner. Sig, hvem du er, hvor du er, og hvad der er sket. Tal roligt – og tal dansk eller engelsk, hvis du kan. Læg ikke på, før de siger, at du må.",
                            "Skal du have fat i politiet, men det haster ikke, så ring <b>114</b>. Det kan fx være, hvis du vil anmelde et indbrud eller har brug for et råd.",
                            "## Vold i familien er ulovligt",
                            "I Danmark er al vold ulovlig – også i familien og i et parforhold. Det gælder fysisk vold som slag og spark, men også psykisk vold, fx trusler, kontrol, at nogen holder dig væk fra familie og venner, eller at nogen tager dine penge eller dit pas. Det er også ulovligt at slå børn, også hvis det er for at opdrage dem.",
                            "Ingen har ret til at bestemme, hvem du skal gifte dig med, eller om du må gå i skole, arbejde eller have venner. Det gælder både kvinder og mænd, unge og voksne.",
                        ],
                        "en": [
                            "## Call 112 in an emergency",
                            "If a life is in danger, if there is a fire, or if someone is seriously injured, call <b>112</b>. It is free, and you can call from any phone. Say who you are, where you are and what has happened. Speak calmly – and speak Danish or English if you can. Do not hang up until they say you may.",
                            "If you need the police but it is not urgent, call <b>114</b>. This could be, for example, if you want to report a burglary or need advice.",
                            "## Violence in the family is illegal",
                            "In Denmark all violence is illegal – also in the family and in a relationship. This applies to physical violence such as hitting and kicking, but also to psychological violence, for example threats, control, someone keeping you away from family and friends, or someone taking your money or your passport. It is also illegal to hit children, even if it is meant as upbringing.",
                            "No one has the right to decide who you must marry, or whether you may go to school, work or have friends. This applies to women and men, young people and adults.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Her kan du få hjælp",
                            "- <b>Lev Uden Vold – ring 1888</b>: National hotline om vold i nære relationer. Den er åben døgnet rundt, gratis og anonym. Du kan ringe, hvis du selv er udsat for vold, hvis du er bekymret for en anden, eller hvis du selv er bange for at blive voldelig.",
                            "- <b>Krisecentre</b>: Et krisecenter er et sikkert sted at bo i en periode, hvis du må flygte fra vold. Der er krisecentre for kvinder og deres børn og også for mænd. Lev Uden Vold kan fortælle, hvor der er en ledig plads.",
                            "- <b>Politiet</b>: Du kan anmelde vold til politiet. Er du i fare lige nu, så ring 112.",
                            "- <b>Din læge</b>: Lægen har tavshedspligt og kan hjælpe dig videre – også hvis volden har givet dig skader, angst eller søvnproblemer.",
                            "- <b>BørneTelefonen – 116 111</b>: Børn og unge kan ringe gratis og anonymt til Børns Vilkår, døgnet rundt.",
                        ],
                        "en": [
                            "## Where you can get help",
                            "- <b>Lev Uden Vold – call 1888</b>: National hotline about violence in close relationships. It is open 24 hours a day, free and anonymous. You can call if you are exposed to violence yourself, if you are worried about someone else, or if you are afraid that you yourself might become violent.",
                            "- <b>Crisis centres</b> (krisecentre): A crisis centre is a safe place to live for a period if you have to escape violence. There are crisis centres for women and their children, and also for men. Lev Uden Vold can tell you where there is a free place.",
                            "- <b>The police</b>: You can report violence to the police. If you are in danger right now, call 112.",
                            "- <b>Your doctor</b>: The doctor has a duty of confidentiality and can refer you on – also if the violence has caused injuries, anxiety or sleep problems.",
                            "- <b>BørneTelefonen – 116 111</b>: Children and young people can call Børns Vilkår free and anonymously, around the clock.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m10-krisecenter"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Psykisk krise og tanker om selvmord",
                            "Alle kan komme i en krise, fx efter krig, flugt, tab af familie eller et liv med store bekymringer. Det er ikke en svaghed at søge hjælp. Tal med din læge. Lægen kan sende dig videre til en psykolog eller en psykiater.",
                            'Har du tanker om at tage dit eget liv, eller er du bekymret for en anden, kan du ringe anonymt til <b>Livslinien på 70 201 201</b>. Du kan også skrive med en rådgiver på <a href="https://www.livslinien.dk/">livslinien.dk</a>. Er der akut fare, så ring <b>112</b>.',
                            "## Hvad kan du gøre for andre?",
                            "Er du bekymret for en nabo, en veninde eller et barn, så tag det alvorligt. Spørg forsigtigt, hvordan personen har det, og lyt uden at dømme. Du kan selv ringe til Lev Uden Vold og få råd om, hvordan du kan hjælpe.",
                            "Er du bekymret for, at et barn ikke har det godt, fx på grund af vold eller omsorgssvigt, kan du sende en <b>underretning</b> til kommunen. Det betyder, at du fortæller kommunen om din bekymring. Du kan gøre det anonymt.",
                        ],
                        "en": [
                            "## Mental crisis and thoughts of suicide",
                            "Anyone can end up in a crisis, for example after war, flight, losing family or a life with big worries. It is not a weakness to seek help. Talk to your doctor. The doctor can refer you to a psychologist or a psychiatrist.",
                            'If you have thoughts of taking your own life, or if you are worried about someone else, you can call <b>Livslinien on 70 201 201</b> anonymously. You can also write to an adviser on <a href="https://www.livslinien.dk/">livslinien.dk</a>. If there is immediate danger, call <b>112</b>.',
                            "## What can you do for others?",
                            "If you are worried about a neighbour, a friend or a child, take it seriously. Ask carefully how the person is, and listen without judging. You can call Lev Uden Vold yourself and get advice on how to help.",
                            "If you are worried that a child is not doing well, for example because of violence or neglect, you can send a <b>notification</b> (underretning) to the municipality. This means that you tell the municipality about your concern. You can do it anonymously.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtige numre", "en": "Important numbers"},
                    "facts": {
                        "da": [
                            "112: akut fare for liv, brand eller alvorlig ulykke.",
                            "114: politiet, når det ikke haster.",
                            "1888: Lev Uden Vold – gratis og anonym hjælp ved vold, døgnet rundt.",
                            "70 201 201: Livslinien – ved tanker om selvmord.",
                            "116 111: BørneTelefonen for børn og unge.",
                            "Al vold er ulovlig i Danmark – også psykisk vold og vold i familien.",
                        ],
                        "en": [
                            "112: immediate danger to life, fire or a serious accident.",
                            "114: the police, when it is not urgent.",
                            "1888: Lev Uden Vold – free and anonymous help with violence, around the clock.",
                            "70 201 201: Livslinien – if you have thoughts of suicide.",
                            "116 111: BørneTelefonen for children and young people.",
                            "All violence is illegal in Denmark – also psychological violence and violence in the family.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Hjælp ved vold og krise", "en": "Help with violence and crisis"},
                    "intro": {
                        "da": "Du kan ringe anonymt. Ved akut fare: ring 112.",
                        "en": "You can call anonymously. In an emergency: call 112.",
                    },
                    "resources": ["politi", "lev-uden-vold", "m10-lokk", "livslinien", "m10-boernetelefonen"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvor vil du gemme de vigtigste telefonnumre, så du og din familie hurtigt kan finde dem?",
                        "en": "Where will you keep the most important phone numbers so that you and your family can find them quickly?",
                    },
                    "hint": {
                        "da": "Gem fx 112, 114, 1888 og din læges nummer i telefonen, og skriv dem på en seddel derhjemme. Tal med dine børn om, hvornår man ringer 112.",
                        "en": "Save, for example, 112, 114, 1888 and your doctor's number in your phone, and write them on a note at home. Talk to your children about when to call 112.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv", "en": "Test yourself"},
                    "questions": [
                        {
                            "question": {
                                "da": "Din nabo råber om hjælp, og der kommer røg ud fra lejligheden. Hvad ringer du til?",
                                "en": "Your neighbour is shouting for help, and smoke is coming out of the flat. What number do you call?",
                            },
                            "choices": [
                                {"text": {"da": "112", "en": "112"}, "correct": True},
                                {"text": {"da": "114", "en": "114"}, "correct": False},
                                {"text": {"da": "1888", "en": "1888"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Brand og fare for liv er akut. Ring 112.",
                                "en": "A fire and danger to life are emergencies. Call 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er psykisk vold?",
                                "en": "What is psychological violence?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Fx trusler, kontrol og at holde en person væk fra familie og venner",
                                        "en": "For example threats, control and keeping a person away from family and friends",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Kun når nogen slår", "en": "Only when someone hits"},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En almindelig uenighed, hvor man taler højt",
                                        "en": "An ordinary disagreement where people talk loudly",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Psykisk vold er fx trusler, kontrol og isolation. Det er ulovligt i Danmark.",
                                "en": "Psychological violence is, for example, threats, control and isolation. It is illegal in Denmark.",
                            },
                        },
                        {
                            "question": {
                                "da": "En veninde fortæller, at hendes mand truer hende. Hvor kan I få gratis og anonym rådgivning døgnet rundt?",
                                "en": "A friend tells you that her husband threatens her. Where can you get free and anonymous advice around the clock?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "Lev Uden Vold på 1888", "en": "Lev Uden Vold on 1888"},
                                    "correct": True,
                                },
                                {"text": {"da": "Jobcentret", "en": "The jobcentre"}, "correct": False},
                                {
                                    "text": {"da": "Udbetaling Danmark", "en": "Udbetaling Danmark"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Lev Uden Vold rådgiver både voldsudsatte og dem, der er bekymrede for en anden. Er hun i fare lige nu, så ring 112.",
                                "en": "Lev Uden Vold advises both people exposed to violence and people who are worried about someone else. If she is in danger right now, call 112.",
                            },
                        },
                        {
                            "question": {"da": "Hvad er et krisecenter?", "en": "What is a crisis centre?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et sikkert sted at bo i en periode, hvis man må flygte fra vold",
                                        "en": "A safe place to live for a period if you have to escape violence",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Et hospital for fysiske skader",
                                        "en": "A hospital for physical injuries",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et kontor, der hjælper med gæld",
                                        "en": "An office that helps with debt",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "På et krisecenter kan man bo i sikkerhed og få støtte. Der er krisecentre for kvinder med børn og for mænd.",
                                "en": "At a crisis centre you can live in safety and get support. There are crisis centres for women with children and for men.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
