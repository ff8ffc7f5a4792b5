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
            "يمكنك أن تجد استشارة قانونية مجانية واستشارات الديون (gældsrådgivning) مجانًا.",
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
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Hvem hjælper med hvad?",
                "en": "Who helps with what?",
                "ar": "مَن يساعد في ماذا؟",
                "uk": "Хто в чому допомагає?",
            },
            "intro": {
                "da": "Borgerservice, jobcentret, lægen og Udbetaling Danmark: Lær, hvor du skal gå hen med dit spørgsmål.",
                "en": "Borgerservice, the jobcentre, the doctor and Udbetaling Danmark: learn where to go with your question.",
                "ar": "خدمة المواطنين (Borgerservice) ومركز العمل (jobcenter) والطبيب وUdbetaling Danmark: تعلّم إلى أين تذهب بسؤالك.",
                "uk": "Служба для громадян (Borgerservice), центр зайнятості (jobcenter), лікар і Udbetaling Danmark: дізнайтеся, куди звертатися зі своїм питанням.",
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
                        "ar": [
                            "## المكان الصحيح من المرة الأولى",
                            'في الدنمارك مكاتب عامة كثيرة، وقد يكون من الصعب أن تعرف مَن يفعل ماذا. وهناك قاعدة جيدة: ابدأ بالقراءة على موقع <a href="https://www.borger.dk/">borger.dk</a>. ستجد هناك معظم المعلومات، وغالبًا يمكنك أن تُنهي أمرك بنفسك باستخدام MitID. وإذا لم تجد الجواب، فاتصل بالمكتب الصحيح أو اذهب إليه.',
                            "اجعل رقمك الشخصي (CPR-nummer) جاهزًا دائمًا، وخذ معك بطاقة الصحة (sundhedskort) والرسائل المتعلقة بموضوعك. اكتب أسئلتك قبل الموعد. ويحق لك أن تصطحب شخصًا معك، مثلًا صديقًا. يُسمى هذا الشخص <b>المرافق الداعم (bisidder)</b>.",
                            "## خدمة المواطنين (Borgerservice)",
                            "Borgerservice هو مكتب البلدية المخصّص للمواطنين. يمكنك أن تحصل فيه على المساعدة مثلًا في:",
                            "- بطاقة الصحة وجواز السفر ورخصة القيادة",
                            "- MitID، إذا لم تستطع إنشاءه بنفسك",
                            "- البريد الرقمي (Digital Post)، وأيضًا إذا أردت أن تطلب الإعفاء منه",
                            "- الأسئلة عن الإعانات التي تدفعها Udbetaling Danmark، إذا كنت تحتاج إلى التحدث مع شخص وجهًا لوجه",
                            "في بلديات كثيرة يجب أن تحجز موعدًا على موقع البلدية. يستطيع موظفو Borgerservice أن يشرحوا لك ويرشدوك، لكنهم لا يستطيعون دائمًا أن يتخذوا القرار في قضيتك.",
                        ],
                        "uk": [
                            "## Правильне місце з першого разу",
                            'У Данії багато державних установ, і буває важко зрозуміти, хто чим займається. Добре правило: спершу почитайте інформацію на <a href="https://www.borger.dk/">borger.dk</a>. Там пояснено більшість речей, і часто справу можна владнати самостійно за допомогою MitID. Якщо не знайшли відповіді, телефонуйте або йдіть до потрібної установи.',
                            "Завжди майте напоготові свій номер CPR (CPR-nummer) і беріть із собою медичну картку (sundhedskort) та листи, яких стосується справа. Запишіть свої запитання до зустрічі. Ви можете взяти з собою іншу людину, наприклад друга. Таку людину називають <b>супровідною особою (bisidder)</b>.",
                            "## Служба для громадян (Borgerservice)",
                            "Borgerservice – це офіс комуни для громадян. Тут вам можуть допомогти, наприклад, із:",
                            "- медичною карткою, паспортом і водійськими правами",
                            "- MitID, якщо ви не можете оформити його самостійно",
                            "- Digital Post – також якщо ви хочете подати заяву на звільнення від неї",
                            "- питаннями про виплати від Udbetaling Danmark, якщо вам потрібно поговорити з кимось особисто",
                            "У багатьох комунах на прийом треба записатися на сайті комуни. Borgerservice може пояснити й підказати, але не завжди може ухвалити рішення у вашій справі.",
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
                            "Reglerne for kontanthjælp er lavet om i 2025 og 2026. Nogle, der har fået kontanthjælp eller selvforsørgelsesydelse i lang tid, har også <b>arbejdspligt</b>: De skal arbejde op til 37 timer om ugen. Kommunen fortæller dig, hvis det gælder dig. Spørg jobcentret, hvilke regler der gælder for dig.",
                            "## Din læge",
                            "Har du et problem med dit helbred, så ring til din egen læge. Du finder lægens navn og telefonnummer på dit sundhedskort. Det er gratis at gå til lægen. Lægen kan sende dig videre til fx en speciallæge, en psykolog eller sygehuset.",
                            "Er lægen lukket, og kan det ikke vente til næste dag, så ring til lægevagten. Nummeret afhænger af, hvilken region du bor i:",
                            "- Region Hovedstaden: <b>1813</b>",
                            "- Region Sjælland: <b>1818</b>",
                            "- Region Syddanmark: <b>70 11 07 07</b>",
                            "- Region Midtjylland: <b>70 11 31 31</b>",
                            "- Region Nordjylland: <b>70 15 03 00</b>",
                            'Gem nummeret for din egen region i din telefon. Fra 1. januar 2027 bliver Region Hovedstaden og Region Sjælland lagt sammen, og numrene kan ændre sig. Tjek derfor din regions hjemmeside eller <a href="https://www.sundhed.dk/">sundhed.dk</a>. Er der fare for liv, så ring <b>112</b>.',
                        ],
                        "en": [
                            "## The jobcentre",
                            "The jobcentre is also part of the municipality. Go to the jobcentre when it is about work, work placements, education and your plan for getting a job. If you have a caseworker, he or she is the person to contact first.",
                            'If you lose your job, you must register as unemployed on <a href="https://www.jobnet.dk/">jobnet.dk</a> no later than your first day without work. If you are a member of an a-kasse (unemployment insurance fund), you must contact it too. If you have no money to live on, contact the municipality quickly. The municipality can check whether you have the right to financial help.',
                            "The rules for cash benefit (kontanthjælp) were changed in 2025 and 2026. Some people who have received cash benefit or self-support benefit (selvforsørgelsesydelse) for a long time also have a <b>work obligation</b> (arbejdspligt): they must work up to 37 hours a week. The municipality will tell you if this applies to you. Ask the jobcentre which rules apply to you.",
                            "## Your doctor",
                            "If you have a health problem, call your own doctor (GP). You will find the doctor's name and phone number on your health card. It is free to see the doctor. The doctor can refer you to, for example, a specialist, a psychologist or the hospital.",
                            "If the doctor's surgery is closed and it cannot wait until the next day, call the out-of-hours doctor (lægevagten). The number depends on which region you live in:",
                            "- Capital Region (Region Hovedstaden): <b>1813</b>",
                            "- Region Zealand (Region Sjælland): <b>1818</b>",
                            "- Region of Southern Denmark (Region Syddanmark): <b>70 11 07 07</b>",
                            "- Central Denmark Region (Region Midtjylland): <b>70 11 31 31</b>",
                            "- North Denmark Region (Region Nordjylland): <b>70 15 03 00</b>",
                            'Save the number for your own region in your phone. From 1 January 2027 the Capital Region and Region Zealand will be merged, and the numbers may change. So check your region\'s website or <a href="https://www.sundhed.dk/">sundhed.dk</a>. If a life is in danger, call <b>112</b>.',
                        ],
                        "ar": [
                            "## مركز العمل (jobcenter)",
                            "مركز العمل أيضًا جزء من البلدية. اذهب إلى مركز العمل عندما يتعلق الأمر بالعمل أو التدريب العملي أو التعليم أو خطتك للحصول على وظيفة. إذا كان لك موظف مسؤول عن ملفك (sagsbehandler)، فهو أول شخص يجب أن تتواصل معه.",
                            'إذا فقدت عملك، فيجب أن تسجّل نفسك عاطلًا عن العمل على موقع <a href="https://www.jobnet.dk/">jobnet.dk</a> في موعد أقصاه أول يوم تكون فيه بلا عمل. وإذا كنت عضوًا في صندوق التأمين ضد البطالة (a-kasse)، فيجب أن تتواصل معه أيضًا. وإذا لم يكن لديك مال تعيش منه، فتواصل مع البلدية بسرعة. تستطيع البلدية أن تتحقق مما إذا كان لك حق في مساعدة مالية.',
                            "تغيّرت قواعد المساعدة النقدية (kontanthjælp) في عامَي 2025 و2026. وبعض الأشخاص الذين حصلوا على المساعدة النقدية أو إعانة الاعتماد على النفس (selvforsørgelsesydelse) مدة طويلة عليهم أيضًا <b>واجب العمل (arbejdspligt)</b>: يجب أن يعملوا حتى 37 ساعة في الأسبوع. ستخبرك البلدية إذا كان هذا ينطبق عليك. اسأل مركز العمل عن القواعد التي تنطبق عليك.",
                            "## طبيبك",
                            "إذا كانت لديك مشكلة صحية، فاتصل بطبيبك الخاص (egen læge). ستجد اسم الطبيب ورقم هاتفه على بطاقة الصحة. زيارة الطبيب مجانية. ويستطيع الطبيب أن يحوّلك مثلًا إلى طبيب مختص أو أخصائي نفسي أو إلى المستشفى.",
                            "إذا كانت عيادة الطبيب مغلقة، ولا يمكن أن ينتظر الأمر إلى اليوم التالي، فاتصل بطبيب المناوبة (lægevagt). يختلف الرقم حسب الإقليم الذي تسكن فيه:",
                            "- إقليم العاصمة (Region Hovedstaden): <b>1813</b>",
                            "- إقليم شيلاند (Region Sjælland): <b>1818</b>",
                            "- إقليم جنوب الدنمارك (Region Syddanmark): <b>70 11 07 07</b>",
                            "- إقليم وسط يولاند (Region Midtjylland): <b>70 11 31 31</b>",
                            "- إقليم شمال يولاند (Region Nordjylland): <b>70 15 03 00</b>",
                            'احفظ رقم إقليمك في هاتفك. ابتداءً من 1 يناير 2027 سيُدمج إقليم العاصمة وإقليم شيلاند، وقد تتغيّر الأرقام. لذلك تحقّق من موقع إقليمك أو من <a href="https://www.sundhed.dk/">sundhed.dk</a>. وإذا كانت هناك حياة في خطر، فاتصل بالرقم <b>112</b>.',
                        ],
                        "uk": [
                            "## Центр зайнятості (jobcenter)",
                            "Центр зайнятості теж належить до комуни. Звертайтеся туди, коли йдеться про роботу, стажування, навчання та ваш план працевлаштування. Якщо у вас є куратор (sagsbehandler), спершу звертайтеся саме до нього чи до неї.",
                            'Якщо ви втратили роботу, ви маєте зареєструватися як безробітний на <a href="https://www.jobnet.dk/">jobnet.dk</a> не пізніше першого дня без роботи. Якщо ви член каси страхування від безробіття (a-kasse), зверніться також до неї. Якщо вам нема на що жити, швидко зверніться до комуни. Комуна може перевірити, чи маєте ви право на фінансову допомогу.',
                            "Правила щодо грошової допомоги (kontanthjælp) змінили у 2025 і 2026 роках. Деякі люди, які довго отримували грошову допомогу або допомогу на самозабезпечення (selvforsørgelsesydelse), мають також <b>обов'язок працювати (arbejdspligt)</b>: вони повинні працювати до 37 годин на тиждень. Комуна повідомить вам, якщо це стосується вас. Запитайте в центрі зайнятості, які правила діють для вас.",
                            "## Ваш лікар",
                            "Якщо у вас проблема зі здоров'ям, телефонуйте своєму власному лікареві (egen læge). Ім'я та номер телефону лікаря зазначено на вашій медичній картці. Візит до лікаря безкоштовний. Лікар може направити вас, наприклад, до вузького спеціаліста, психолога або до лікарні.",
                            "Якщо ваш лікар не працює, а справа не може чекати до наступного дня, телефонуйте черговому лікареві (lægevagt). Номер залежить від того, в якому регіоні ви живете:",
                            "- Столичний регіон (Region Hovedstaden): <b>1813</b>",
                            "- регіон Зеландія (Region Sjælland): <b>1818</b>",
                            "- регіон Південна Данія (Region Syddanmark): <b>70 11 07 07</b>",
                            "- регіон Центральна Ютландія (Region Midtjylland): <b>70 11 31 31</b>",
                            "- регіон Північна Ютландія (Region Nordjylland): <b>70 15 03 00</b>",
                            'Збережіть номер свого регіону в телефоні. З 1 січня 2027 року Столичний регіон і регіон Зеландія об\'єднають, і номери можуть змінитися. Тому перевіряйте сайт свого регіону або <a href="https://www.sundhed.dk/">sundhed.dk</a>. Якщо під загрозою чиєсь життя, телефонуйте <b>112</b>.',
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
                            "De første tre år, du bor i Danmark, er tolkning gratis. Derefter kan du skulle betale et gebyr (tolkegebyr), men der er undtagelser, fx når dit barn skal behandles. Spørg, når du bestiller tid, om du skal betale.",
                        ],
                        "en": [
                            "## An interpreter at the doctor's and in hospital",
                            "If you do not understand enough Danish to talk about your health, you can get an interpreter if the doctor finds it necessary. Say so when you book the appointment. Then the doctor or the hospital books the interpreter. The interpreter can be in the room, on the phone or on video.",
                            "The interpreter has a duty of confidentiality and must not tell others what you talk about. Try not to use your children as interpreters. It is not good for the children, and mistakes can easily happen.",
                            "During your first three years in Denmark, interpreting is free. After that you may have to pay a fee (tolkegebyr), but there are exceptions, for example when your child is being treated. Ask when you book the appointment whether you have to pay.",
                        ],
                        "ar": [
                            "## المترجم الشفهي عند الطبيب وفي المستشفى",
                            "إذا كنت لا تفهم الدنماركية بما يكفي للحديث عن صحتك، فيمكنك أن تحصل على مترجم شفهي (tolk) إذا رأى الطبيب أن ذلك ضروري. قل ذلك عندما تحجز الموعد، فيحجز الطبيب أو المستشفى المترجم. يمكن أن يكون المترجم معكم في الغرفة، أو على الهاتف، أو عبر الفيديو.",
                            "المترجم ملزم بالحفاظ على السرية (tavshedspligt)، ولا يجوز له أن يخبر الآخرين بما تتحدثون عنه. حاول ألا تستعين بأطفالك كمترجمين، فهذا ليس جيدًا للأطفال، ويمكن أن تحدث أخطاء بسهولة.",
                            "خلال السنوات الثلاث الأولى من سكنك في الدنمارك تكون الترجمة مجانية. بعد ذلك قد يكون عليك أن تدفع رسمًا (tolkegebyr)، لكن هناك استثناءات، مثلًا عندما يتلقى طفلك العلاج. اسأل عند حجز الموعد هل يجب عليك الدفع.",
                        ],
                        "uk": [
                            "## Перекладач у лікаря та в лікарні",
                            "Якщо ви недостатньо розумієте данську, щоб говорити про своє здоров'я, ви можете отримати перекладача (tolk), якщо лікар вважає, що це потрібно. Скажіть про це, коли записуєтеся на прийом. Тоді лікар або лікарня замовить перекладача. Перекладач може бути в кабінеті, на телефоні або на відеозв'язку.",
                            "Перекладач зобов'язаний зберігати конфіденційність (tavshedspligt) і не має права розповідати іншим, про що ви говорите. Намагайтеся не просити своїх дітей перекладати. Це погано для дітей, і легко можуть статися помилки.",
                            "Перші три роки, коли ви живете в Данії, перекладач безкоштовний. Після цього, можливо, доведеться платити збір (tolkegebyr), але є винятки, наприклад коли лікують вашу дитину. Коли записуєтеся на прийом, запитайте, чи треба вам платити.",
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
                        "ar": [
                            "## Udbetaling Danmark",
                            "Udbetaling Danmark جهة عامة تدفع كثيرًا من الإعانات، مثل إعانة الأطفال والشباب (børne- og ungeydelse، وتُسمى غالبًا «børnechecken»)، ودعم السكن (boligstøtte)، وإعانة إجازة الولادة (barselsdagpenge)، والمعاش التقاعدي الحكومي (folkepension). تقدّم طلبك على borger.dk باستخدام MitID. ويمكنك أيضًا أن تتصل بها هاتفيًا. وإذا كنت تحتاج إلى التحدث مع شخص وجهًا لوجه، فيستطيع Borgerservice في بلديتك أن يساعدك.",
                            "ما يمكنك الحصول عليه يعتمد على وضعك، مثلًا على دخلك وعلى المدة التي سكنت فيها في الدنمارك. تذكّر أن تُبلغ إذا تغيّر وضعك، مثلًا إذا انتقلت إلى سكن آخر أو حصلت على عمل جديد أو صار دخلك أكبر. وإلا فقد يكون عليك أن تعيد أموالًا.",
                        ],
                        "uk": [
                            "## Udbetaling Danmark",
                            "Udbetaling Danmark – це державна установа, яка виплачує багато видів допомоги, наприклад допомогу на дітей і молодь (børne- og ungeydelse, її часто називають «børnechecken»), житлову допомогу (boligstøtte), виплати в декретній відпустці (barselsdagpenge) і державну пенсію (folkepension). Заяву подають на borger.dk за допомогою MitID. Можна також зателефонувати. Якщо вам потрібно поговорити з кимось особисто, допоможе Borgerservice у вашій комуні.",
                            "Що саме ви можете отримати, залежить від вашої ситуації, наприклад від доходу і від того, як довго ви живете в Данії. Не забувайте повідомляти, якщо ваша ситуація змінюється, наприклад якщо ви переїжджаєте, отримуєте нову роботу або починаєте заробляти більше. Інакше, можливо, доведеться повертати гроші.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Husk", "en": "Remember", "ar": "تذكّر", "uk": "Пам'ятайте"},
                    "facts": {
                        "da": [
                            "Start på borger.dk – meget kan du klare selv med MitID.",
                            "Borgerservice: sundhedskort, pas, MitID og Digital Post.",
                            "Jobcentret: arbejde, uddannelse og din plan. Meld dig ledig på jobnet.dk.",
                            "Din egen læge: dit helbred. Lægevagten, når lægen er lukket – nummeret afhænger af din region, så gem din regions nummer.",
                            "Udbetaling Danmark: fx børne- og ungeydelse, boligstøtte og folkepension.",
                        ],
                        "en": [
                            "Start at borger.dk – you can do a lot yourself with MitID.",
                            "Borgerservice: health card, passport, MitID and Digital Post.",
                            "The jobcentre: work, education and your plan. Register as unemployed on jobnet.dk.",
                            "Your own doctor: your health. The out-of-hours doctor when the surgery is closed – the number depends on your region, so save your region's number.",
                            "Udbetaling Danmark: for example child benefit, housing benefit and state pension.",
                        ],
                        "ar": [
                            "ابدأ من borger.dk، فكثير من الأمور يمكنك إنجازها بنفسك باستخدام MitID.",
                            "خدمة المواطنين (Borgerservice): بطاقة الصحة وجواز السفر وMitID والبريد الرقمي (Digital Post).",
                            "مركز العمل (jobcenter): العمل والتعليم وخطتك. سجّل نفسك عاطلًا عن العمل على jobnet.dk.",
                            "طبيبك الخاص: صحتك. طبيب المناوبة (lægevagt) عندما تكون العيادة مغلقة. الرقم يختلف حسب الإقليم، فاحفظ رقم إقليمك.",
                            "Udbetaling Danmark: مثلًا إعانة الأطفال والشباب ودعم السكن والمعاش التقاعدي الحكومي.",
                        ],
                        "uk": [
                            "Почніть із borger.dk – багато справ можна владнати самостійно за допомогою MitID.",
                            "Служба для громадян (Borgerservice): медична картка, паспорт, MitID і Digital Post.",
                            "Центр зайнятості (jobcenter): робота, навчання і ваш план. Реєструйтеся як безробітний на jobnet.dk.",
                            "Ваш сімейний лікар: ваше здоров'я. Черговий лікар (lægevagt) – коли ваш лікар не працює. Номер залежить від регіону, тож збережіть номер свого регіону.",
                            "Udbetaling Danmark: наприклад допомога на дітей і молодь, житлова допомога і державна пенсія.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Offentlige hjemmesider",
                        "en": "Public websites",
                        "ar": "مواقع إلكترونية عامة",
                        "uk": "Державні сайти",
                    },
                    "intro": {
                        "da": "Her finder du information og selvbetjening. Du logger på med MitID.",
                        "en": "Here you find information and self-service. You log on with MitID.",
                        "ar": "هنا تجد المعلومات والخدمات الذاتية. تسجّل الدخول باستخدام MitID.",
                        "uk": "Тут ви знайдете інформацію та онлайн-послуги. Входите за допомогою MitID.",
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
                        "ar": "فكّر في مشكلة واجهتك في الدنمارك، مثلًا رسالة لم تفهمها. مَن كان يمكنك أن تطلب منه المساعدة؟",
                        "uk": "Згадайте проблему, яка була у вас у Данії, наприклад лист, якого ви не зрозуміли. Кого ви могли б попросити про допомогу?",
                    },
                    "hint": {
                        "da": "Brug listen i lektionen: Borgerservice, jobcentret, din læge eller Udbetaling Danmark. Skriv navn og telefonnummer ned på de steder, du oftest har brug for.",
                        "en": "Use the list in the lesson: Borgerservice, the jobcentre, your doctor or Udbetaling Danmark. Write down the name and phone number of the places you need most often.",
                        "ar": "استخدم القائمة في هذا الدرس: Borgerservice أو مركز العمل أو طبيبك أو Udbetaling Danmark. اكتب اسم ورقم هاتف الأماكن التي تحتاج إليها أكثر من غيرها.",
                        "uk": "Скористайтеся переліком з уроку: Borgerservice, центр зайнятості, ваш лікар або Udbetaling Danmark. Запишіть назви й номери телефонів тих установ, які вам потрібні найчастіше.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv",
                        "en": "Test yourself",
                        "ar": "اختبر نفسك",
                        "uk": "Перевірте себе",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du har mistet dit sundhedskort. Hvor kan du få hjælp?",
                                "en": "You have lost your health card. Where can you get help?",
                                "ar": "أضعتَ بطاقة الصحة. أين يمكنك أن تحصل على المساعدة؟",
                                "uk": "Ви загубили медичну картку. Де вам можуть допомогти?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Borgerservice",
                                        "en": "Borgerservice",
                                        "ar": "خدمة المواطنين (Borgerservice)",
                                        "uk": "Borgerservice",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Jobcentret",
                                        "en": "The jobcentre",
                                        "ar": "مركز العمل",
                                        "uk": "Центр зайнятості",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Politiet",
                                        "en": "The police",
                                        "ar": "الشرطة",
                                        "uk": "Поліція",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Borgerservice i kommunen hjælper med sundhedskort. Du kan også bestille et nyt på borger.dk.",
                                "en": "Borgerservice in the municipality helps with health cards. You can also order a new one on borger.dk.",
                                "ar": "يساعد Borgerservice في البلدية في أمور بطاقة الصحة. ويمكنك أيضًا أن تطلب بطاقة جديدة على borger.dk.",
                                "uk": "Borgerservice у комуні допомагає з медичними картками. Нову картку можна також замовити на borger.dk.",
                            },
                        },
                        {
                            "question": {
                                "da": "Din søn har høj feber søndag aften, og lægen har lukket. I bor i København. Hvad gør du?",
                                "en": "Your son has a high fever on Sunday evening, and the doctor's surgery is closed. You live in Copenhagen. What do you do?",
                                "ar": "ابنك مصاب بحمّى شديدة مساء يوم الأحد، وعيادة الطبيب مغلقة. أنتم تسكنون في كوبنهاغن. ماذا تفعل؟",
                                "uk": "У вашого сина висока температура в неділю ввечері, а ваш лікар не працює. Ви живете в Копенгагені. Що ви робите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Ringer til 1813",
                                        "en": "Call 1813",
                                        "ar": "أتصل بالرقم 1813",
                                        "uk": "Телефоную на 1813",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Venter til mandag og går til Borgerservice",
                                        "en": "Wait until Monday and go to Borgerservice",
                                        "ar": "أنتظر إلى يوم الاثنين وأذهب إلى Borgerservice",
                                        "uk": "Чекаю до понеділка й іду до Borgerservice",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ringer til jobcentret",
                                        "en": "Call the jobcentre",
                                        "ar": "أتصل بمركز العمل",
                                        "uk": "Телефоную до центру зайнятості",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "København ligger i Region Hovedstaden. Her ringer du til 1813, når lægen har lukket. I de andre regioner er der andre numre. Er der fare for liv, ringer du 112.",
                                "en": "Copenhagen is in the Capital Region. There you call 1813 when the doctor's surgery is closed. The other regions have other numbers. If a life is in danger, you call 112.",
                                "ar": "تقع كوبنهاغن في إقليم العاصمة (Region Hovedstaden). هناك تتصل بالرقم 1813 عندما تكون عيادة الطبيب مغلقة. وللأقاليم الأخرى أرقام أخرى. وإذا كانت هناك حياة في خطر، فاتصل بالرقم 112.",
                                "uk": "Копенгаген розташований у Столичному регіоні (Region Hovedstaden). Там, коли ваш лікар не працює, телефонують на 1813. В інших регіонах інші номери. Якщо під загрозою чиєсь життя, телефонуйте 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem udbetaler boligstøtte?",
                                "en": "Who pays out housing benefit?",
                                "ar": "مَن يدفع دعم السكن (boligstøtte)؟",
                                "uk": "Хто виплачує житлову допомогу (boligstøtte)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Udbetaling Danmark",
                                        "en": "Udbetaling Danmark",
                                        "ar": "Udbetaling Danmark",
                                        "uk": "Udbetaling Danmark",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Din udlejer",
                                        "en": "Your landlord",
                                        "ar": "المؤجِّر",
                                        "uk": "Ваш орендодавець",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "Banken", "en": "The bank", "ar": "البنك", "uk": "Банк"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Udbetaling Danmark udbetaler boligstøtte. Du søger på borger.dk.",
                                "en": "Udbetaling Danmark pays out housing benefit. You apply on borger.dk.",
                                "ar": "تدفع Udbetaling Danmark دعم السكن. وتقدّم الطلب على borger.dk.",
                                "uk": "Житлову допомогу виплачує Udbetaling Danmark. Заяву подають на borger.dk.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du skal til lægen og taler ikke godt dansk. Hvad er bedst?",
                                "en": "You are going to the doctor and do not speak Danish well. What is best?",
                                "ar": "ستذهب إلى الطبيب، ولا تتحدث الدنماركية جيدًا. ما الأفضل؟",
                                "uk": "Ви йдете до лікаря й погано розмовляєте данською. Що найкраще зробити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At sige, at du har brug for en tolk, når du bestiller tid",
                                        "en": "Say that you need an interpreter when you book the appointment",
                                        "ar": "أن تقول إنك تحتاج إلى مترجم شفهي عندما تحجز الموعد",
                                        "uk": "Сказати, що вам потрібен перекладач, коли записуєтеся на прийом",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At tage din datter på 10 år med som tolk",
                                        "en": "Bring your 10-year-old daughter as an interpreter",
                                        "ar": "أن تأخذ ابنتك البالغة من العمر 10 سنوات معك لتترجم",
                                        "uk": "Узяти з собою 10-річну доньку, щоб вона перекладала",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At lade være med at gå til lægen",
                                        "en": "Not go to the doctor",
                                        "ar": "ألّا تذهب إلى الطبيب",
                                        "uk": "Не йти до лікаря",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sig det, når du bestiller tid. Så kan lægen bestille en professionel tolk. Børn skal ikke være tolk for deres forældre.",
                                "en": "Say so when you book the appointment. Then the doctor can book a professional interpreter. Children should not interpret for their parents.",
                                "ar": "قل ذلك عندما تحجز الموعد، فيستطيع الطبيب أن يحجز مترجمًا محترفًا. لا ينبغي أن يترجم الأطفال لآبائهم وأمهاتهم.",
                                "uk": "Скажіть про це, коли записуєтеся на прийом. Тоді лікар зможе замовити професійного перекладача. Діти не повинні перекладати для своїх батьків.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "free-advice",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Gratis rådgivning: jura, gæld og frivillig hjælp",
                "en": "Free advice: law, debt and help from volunteers",
                "ar": "استشارة مجانية: القانون والديون ومساعدة المتطوعين",
                "uk": "Безкоштовні консультації: право, борги та допомога волонтерів",
            },
            "intro": {
                "da": "Du behøver ikke mange penge for at få gode råd. Lær om retshjælp, gældsrådgivning, frivillige organisationer og bibliotekets digitale hjælp.",
                "en": "You do not need a lot of money to get good advice. Learn about legal aid, debt counselling, voluntary organisations and the library's digital help.",
                "ar": "لا تحتاج إلى مال كثير لتحصل على نصيحة جيدة. تعرّف على المساعدة القانونية، واستشارات الديون، والمنظمات التطوعية، والمساعدة الرقمية في المكتبة.",
                "uk": "Щоб отримати добру пораду, не потрібно багато грошей. Дізнайтеся про правову допомогу, консультації щодо боргів, волонтерські організації та цифрову допомогу в бібліотеці.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Gratis juridisk rådgivning",
                            "Har du et juridisk problem, fx med din udlejer, din arbejdsgiver, en skilsmisse eller en regning, du er uenig i, kan du få gratis råd. Det kaldes <b>retshjælp</b>.",
                            "- <b>Advokatvagten</b>: Advokater giver gratis og anonyme råd mange steder i landet, ofte om aftenen. Nogle steder møder du bare op i åbningstiden, andre steder skal du bestille tid først. Du får et kort, mundtligt råd. De skriver ikke breve for dig og fører ikke din sag.",
                            "- <b>Retshjælpskontorer</b>: I flere større byer er der retshjælpskontorer, hvor fx jurastuderende hjælper gratis. Nogle steder kan de også hjælpe med at skrive et brev eller en klage.",
                            "- <b>Retshjælpsforsikring</b>: Har du en indboforsikring, er der ofte en retshjælpsforsikring med. Den kan betale en del af udgifterne til en advokat, hvis du kommer i en retssag.",
                            "- <b>Offentlig retshjælp og fri proces</b>: Har du en lav indkomst, kan du i nogle tilfælde få hjælp fra staten til at betale en advokat eller en retssag. Advokatvagten kan fortælle dig mere.",
                            "Rådgivningen er som regel på dansk. Tag en person med, der kan hjælpe dig med sproget, hvis du har brug for det.",
                        ],
                        "en": [
                            "## Free legal advice",
                            "If you have a legal problem, for example with your landlord, your employer, a divorce or a bill you disagree with, you can get free advice. This is called <b>legal aid</b> (retshjælp).",
                            "- <b>Advokatvagten</b>: Lawyers give free and anonymous advice in many places across the country, often in the evening. In some places you just turn up during opening hours; in other places you have to book a time first. You get short, spoken advice. They do not write letters for you or take on your case.",
                            "- <b>Legal aid offices</b> (retshjælpskontorer): In several larger cities there are legal aid offices where, for example, law students help for free. In some places they can also help you write a letter or a complaint.",
                            "- <b>Legal expenses insurance</b> (retshjælpsforsikring): If you have home contents insurance, it often includes legal expenses insurance. It can pay part of the cost of a lawyer if you end up in a court case.",
                            "- <b>Public legal aid and free legal proceedings</b> (offentlig retshjælp and fri proces): If you have a low income, you can in some cases get help from the state to pay for a lawyer or a court case. Advokatvagten can tell you more.",
                            "The advice is usually given in Danish. Bring someone who can help you with the language if you need it.",
                        ],
                        "ar": [
                            "## استشارة قانونية مجانية",
                            "إذا كانت لديك مشكلة قانونية، مثلًا مع المؤجِّر أو صاحب العمل، أو في حالة طلاق، أو بسبب فاتورة لا توافق عليها، فيمكنك أن تحصل على نصيحة مجانية. يُسمى هذا <b>المساعدة القانونية (retshjælp)</b>.",
                            "- <b>Advokatvagten</b>: يقدّم محامون نصائح مجانية ومن دون ذكر الاسم في أماكن كثيرة في البلاد، وغالبًا في المساء. في بعض الأماكن تذهب إليهم مباشرة في أوقات العمل، وفي أماكن أخرى يجب أن تحجز موعدًا أولًا. تحصل على نصيحة قصيرة شفهية. لا يكتبون لك رسائل، ولا يتولّون قضيتك.",
                            "- <b>مكاتب المساعدة القانونية (retshjælpskontorer)</b>: في عدة مدن كبيرة توجد مكاتب للمساعدة القانونية يساعد فيها مجانًا طلابُ الحقوق مثلًا. وفي بعض الأماكن يستطيعون أيضًا أن يساعدوك في كتابة رسالة أو شكوى.",
                            "- <b>تأمين المساعدة القانونية (retshjælpsforsikring)</b>: إذا كان لديك تأمين على محتويات المنزل (indboforsikring)، فغالبًا يشمل تأمين المساعدة القانونية. ويمكن أن يدفع جزءًا من تكاليف المحامي إذا وصلت إلى قضية أمام المحكمة.",
                            "- <b>المساعدة القانونية العامة والإعفاء من تكاليف التقاضي (offentlig retshjælp og fri proces)</b>: إذا كان دخلك منخفضًا، فيمكنك في بعض الحالات أن تحصل على مساعدة من الدولة لدفع أتعاب محامٍ أو تكاليف قضية. ويستطيع Advokatvagten أن يخبرك بالمزيد.",
                            "تكون الاستشارة عادةً باللغة الدنماركية. اصطحب معك شخصًا يستطيع أن يساعدك في اللغة إذا احتجت إلى ذلك.",
                        ],
                        "uk": [
                            "## Безкоштовна юридична консультація",
                            "Якщо у вас юридична проблема, наприклад з орендодавцем, роботодавцем, через розлучення або через рахунок, з яким ви не згодні, ви можете отримати безкоштовну пораду. Це називається <b>правовою допомогою (retshjælp)</b>.",
                            "- <b>Advokatvagten</b>: адвокати безкоштовно й анонімно консультують у багатьох місцях по всій країні, часто ввечері. Десь можна просто прийти в години роботи, а десь треба спершу записатися. Ви отримуєте коротку усну пораду. Вони не пишуть за вас листів і не ведуть вашої справи.",
                            "- <b>Бюро правової допомоги (retshjælpskontorer)</b>: у кількох великих містах є бюро правової допомоги, де безкоштовно допомагають, наприклад, студенти-правники. Подекуди вони також можуть допомогти написати лист або скаргу.",
                            "- <b>Страхування правової допомоги (retshjælpsforsikring)</b>: якщо у вас є страхування домашнього майна (indboforsikring), воно часто містить і страхування правової допомоги. Воно може покрити частину витрат на адвоката, якщо справа дійде до суду.",
                            "- <b>Державна правова допомога та звільнення від судових витрат (offentlig retshjælp og fri proces)</b>: якщо у вас низький дохід, у деяких випадках держава може допомогти оплатити адвоката чи судову справу. Більше вам розкажуть в Advokatvagten.",
                            "Консультації зазвичай проходять данською мовою. Якщо потрібно, візьміть із собою людину, яка допоможе вам із мовою.",
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
                        "ar": [
                            "## الديون: اطلب المساعدة في الوقت المناسب",
                            "كثير من الناس تتراكم عليهم ديون في وقت ما. قد تكون فاتورة لا تستطيع دفعها، أو قرضًا، أو مالًا تدين به للجهات العامة. وأسوأ ما يمكنك فعله هو أن تترك الرسائل دون أن تهتم بها. فالدين يكبر غالبًا لأن الفوائد والرسوم تُضاف إليه.",
                            "يمكنك أن تحصل على <b>استشارات الديون (gældsrådgivning)</b> مجانًا. تقدّمها عدة منظمات، مثل Forbrugerrådet Tænk وMødrehjælpen (للعائلات التي لديها أطفال). وبعض البلديات تقدّم أيضًا استشارات مالية. يستطيع المستشار أن يساعدك في:",
                            "- معرفة لمن تدين بالمال وكم تدين",
                            "- وضع ميزانية لأسرتك",
                            "- التحدث مع من تدين لهم عن اتفاق على طريقة الدفع",
                            "إذا كنت تدين بمال للجهات العامة، مثل الضرائب، فإن <b>هيئة تحصيل الديون (Gældsstyrelsen)</b> هي التي تحصّل الدين. تواصل معها إذا كنت لا تستطيع الدفع، فقد تحصل على اتفاق لتدفع مبلغًا صغيرًا في كل مرة.",
                            "احذر من القروض السريعة (kviklån) والقروض عبر الإنترنت ذات الفوائد العالية. اقرأ دائمًا كم يكلّف القرض في المجموع قبل أن توافق.",
                        ],
                        "uk": [
                            "## Борги: звертайтеся по допомогу вчасно",
                            "Багато людей колись мають борги. Це може бути рахунок, який ви не можете оплатити, позика або гроші, які ви винні державі. Найгірше, що можна зробити, – це залишити листи без уваги. Борг часто зростає, бо до нього додаються відсотки й збори.",
                            "Ви можете отримати безкоштовні <b>консультації щодо боргів (gældsrådgivning)</b>. Їх пропонують кілька організацій, наприклад Forbrugerrådet Tænk і Mødrehjælpen (для сімей з дітьми). Деякі комуни також мають фінансові консультації. Консультант може допомогти вам:",
                            "- з'ясувати, кому й скільки ви винні",
                            "- скласти бюджет для вашого домогосподарства",
                            "- домовитися з тими, кому ви винні, про те, як ви платитимете",
                            "Якщо ви винні гроші державі, наприклад податки, борг стягує <b>Агентство зі стягнення боргів (Gældsstyrelsen)</b>. Зверніться туди, якщо не можете заплатити. Можливо, вдасться домовитися платити потроху.",
                            "Обережно зі швидкими позиками (kviklån) та онлайн-позиками з високими відсотками. Завжди читайте, скільки позика коштує загалом, перш ніж погодитися.",
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
                        "ar": [
                            "## المنظمات التطوعية",
                            "تساعد المنظمات التطوعية كثيرًا من المواطنين الجدد في الدنمارك. المساعدة مجانية، والمتطوعون ليسوا جزءًا من البلدية.",
                            "لدى <b>المجلس الدنماركي للاجئين (Dansk Flygtningehjælp)</b> مجموعات من المتطوعين في كل أنحاء البلاد. يمكنك هناك مثلًا أن تحصل على مساعدة في فهم الرسائل من الجهات الرسمية، وأن تتدرب على الدنماركية في مقهى لغوي، وأن تحصل على مساعدة لأطفالك في واجباتهم المدرسية، أو أن تتعرّف على شخص من شبكة الدعم تلتقي به وتسأله عن الحياة اليومية في الدنمارك.",
                            "لدى <b>الصليب الأحمر الدنماركي (Dansk Røde Kors)</b> فروع محلية تقدّم مثلًا مساعدة في الواجبات المدرسية، وزيارات ودّية (besøgsvenner)، وأنشطة للعائلات. وفي أماكن كثيرة يوجد أيضًا متجر للأغراض المستعملة، تستطيع أن تشتري فيه ملابس وأغراضًا للبيت بسعر رخيص.",
                            "لا يستطيع المتطوعون أن يتخذوا قرارات في قضيتك. لكنهم يستطيعون أن يشرحوا لك، وأن يساعدوك في الاستعداد لموعد، وربما أن يرافقوك بصفتهم مرافقًا داعمًا (bisidder).",
                            "## المساعدة الرقمية في المكتبة",
                            "معظم تواصلك مع الجهات العامة يتم رقميًا. إذا كان ذلك صعبًا عليك، فاذهب إلى المكتبة. لدى مكتبات كثيرة أوقات ثابتة يمكنك فيها أن تحصل على مساعدة مثلًا في MitID والبريد الرقمي (Digital Post) وborger.dk وإرسال طلب. وغالبًا يساعد في ذلك أمناء المكتبة أو متطوعون.",
                            "يستطيع Borgerservice أيضًا أن يساعدك. وإذا كنت لا تستطيع استخدام الكمبيوتر أو الهاتف الذكي أبدًا، فقد تحصل على إعفاء من البريد الرقمي، وعندها تصلك الرسائل على الورق. اسأل Borgerservice.",
                            "<b>مهم:</b> لا تُعطِ MitID الخاص بك أو رموزك لأي شخص آخر أبدًا، حتى لو كان شخصًا يريد مساعدتك. المساعد الحقيقي يجلس بجانبك بينما تسجّل الدخول بنفسك.",
                        ],
                        "uk": [
                            "## Волонтерські організації",
                            "Волонтерські організації допомагають багатьом новим мешканцям Данії. Допомога безкоштовна, а волонтери не є частиною комуни.",
                            "<b>Данська рада у справах біженців (Dansk Flygtningehjælp)</b> має волонтерські групи по всій країні. Там вам можуть, наприклад, допомогти зрозуміти листи від державних установ, ви можете практикувати данську в мовному кафе, отримати допомогу з домашніми завданнями для дітей або познайомитися з людиною з мережі підтримки, з якою можна зустрічатися й розпитувати про повсякденне життя в Данії.",
                            "<b>Данський Червоний Хрест (Dansk Røde Kors)</b> має місцеві відділення, де є, наприклад, допомога з домашніми завданнями, друзі-відвідувачі (besøgsvenner) і заходи для сімей. У багатьох місцях є також магазин уживаних речей, де можна недорого купити одяг і речі для дому.",
                            "Волонтери не можуть ухвалювати рішення у вашій справі. Але вони можуть пояснити, допомогти підготуватися до зустрічі й, можливо, піти з вами як супровідна особа (bisidder).",
                            "## Цифрова допомога в бібліотеці",
                            "Більшість ваших контактів із державними установами відбувається онлайн. Якщо вам це складно, ідіть до бібліотеки. У багатьох бібліотеках є постійні години, коли можна отримати допомогу, наприклад, із MitID, Digital Post, borger.dk або з тим, щоб надіслати заяву. Допомагають часто бібліотекарі або волонтери.",
                            "Borgerservice теж може допомогти. Якщо ви зовсім не можете користуватися комп'ютером чи смартфоном, вас, можливо, звільнять від Digital Post. Тоді листи надходитимуть вам на папері. Запитайте в Borgerservice.",
                            "<b>Важливо:</b> ніколи не передавайте свій MitID чи коди іншим людям – навіть тому, хто хоче вам допомогти. Справжній помічник сидить поруч, поки ви самі входите в систему.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Husk", "en": "Remember", "ar": "تذكّر", "uk": "Пам'ятайте"},
                    "facts": {
                        "da": [
                            "Advokatvagten giver gratis og anonyme juridiske råd mange steder i landet.",
                            "Tjek, om din indboforsikring har en retshjælpsforsikring.",
                            "Gældsrådgivning er gratis hos flere organisationer, fx Forbrugerrådet Tænk.",
                            "Frivillige fra fx Dansk Flygtningehjælp og Dansk Røde Kors kan hjælpe med breve, dansk og lektier.",
                            "Biblioteket og Borgerservice kan hjælpe dig med det digitale. Giv aldrig din MitID til andre.",
                        ],
                        "en": [
                            "At Advokatvagten, lawyers give free and anonymous legal advice in many places across the country.",
                            "Check whether your home contents insurance includes legal expenses insurance.",
                            "Debt counselling is free with several organisations, for example Forbrugerrådet Tænk.",
                            "Volunteers from, for example, the Danish Refugee Council and the Danish Red Cross can help with letters, Danish and homework.",
                            "The library and Borgerservice can help you with digital matters. Never give your MitID to anyone else.",
                        ],
                        "ar": [
                            "يقدّم Advokatvagten نصائح قانونية مجانية ومن دون ذكر الاسم في أماكن كثيرة في البلاد.",
                            "تحقّق هل يشمل تأمين محتويات منزلك تأمينًا للمساعدة القانونية.",
                            "استشارات الديون مجانية لدى عدة منظمات، مثل Forbrugerrådet Tænk.",
                            "يستطيع متطوعون، مثلًا من المجلس الدنماركي للاجئين والصليب الأحمر الدنماركي، أن يساعدوا في الرسائل واللغة الدنماركية والواجبات المدرسية.",
                            "تستطيع المكتبة وBorgerservice مساعدتك في الأمور الرقمية. لا تُعطِ MitID الخاص بك لأي شخص آخر أبدًا.",
                        ],
                        "uk": [
                            "В Advokatvagten адвокати безкоштовно й анонімно консультують з юридичних питань у багатьох місцях по всій країні.",
                            "Перевірте, чи входить у ваше страхування домашнього майна страхування правової допомоги.",
                            "Консультації щодо боргів безкоштовні в кількох організаціях, наприклад у Forbrugerrådet Tænk.",
                            "Волонтери, наприклад з Данської ради у справах біженців і Данського Червоного Хреста, можуть допомогти з листами, данською мовою й домашніми завданнями.",
                            "Бібліотека й Borgerservice можуть допомогти вам із цифровими справами. Ніколи не передавайте свій MitID іншим.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Gratis rådgivning og frivillig hjælp",
                        "en": "Free advice and help from volunteers",
                        "ar": "استشارة مجانية ومساعدة من المتطوعين",
                        "uk": "Безкоштовні консультації та допомога волонтерів",
                    },
                    "intro": {
                        "da": "Disse organisationer hjælper gratis. Find den nærmeste afdeling på hjemmesiden.",
                        "en": "These organisations help for free. Find the nearest branch on their website.",
                        "ar": "تساعد هذه المنظمات مجانًا. ابحث عن أقرب فرع على موقعها الإلكتروني.",
                        "uk": "Ці організації допомагають безкоштовно. Найближче відділення шукайте на їхньому сайті.",
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
                        "ar": "تخيّل أنك تلقّيت رسالة عن فاتورة لا تفهمها وتظن أنها خاطئة. ماذا تفعل، خطوة بخطوة؟",
                        "uk": "Уявіть, що ви отримали лист про рахунок, якого не розумієте й уважаєте помилковим. Що ви робите – крок за кроком?",
                    },
                    "hint": {
                        "da": "Tænk på: Hvem kan forklare brevet? Hvem kan give et juridisk råd? Hvad kan du gøre, før fristen for at betale er gået?",
                        "en": "Think about: Who can explain the letter? Who can give legal advice? What can you do before the payment deadline has passed?",
                        "ar": "فكّر: مَن يستطيع أن يشرح لك الرسالة؟ مَن يستطيع أن يعطيك نصيحة قانونية؟ ماذا يمكنك أن تفعل قبل أن ينتهي موعد الدفع؟",
                        "uk": "Подумайте: хто може пояснити лист? Хто може дати юридичну пораду? Що можна зробити, поки не минув строк оплати?",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv",
                        "en": "Test yourself",
                        "ar": "اختبر نفسك",
                        "uk": "Перевірте себе",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er Advokatvagten?",
                                "en": "What is Advokatvagten?",
                                "ar": "ما هو Advokatvagten؟",
                                "uk": "Що таке Advokatvagten?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Gratis og anonym juridisk rådgivning fra advokater",
                                        "en": "Free and anonymous legal advice from lawyers",
                                        "ar": "استشارة قانونية مجانية ومن دون ذكر الاسم يقدّمها محامون",
                                        "uk": "Безкоштовні й анонімні юридичні консультації від адвокатів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En afdeling i politiet",
                                        "en": "A department of the police",
                                        "ar": "قسم في الشرطة",
                                        "uk": "Відділ поліції",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et firma, der kræver gæld ind",
                                        "en": "A company that collects debt",
                                        "ar": "شركة تحصّل الديون",
                                        "uk": "Фірма, яка стягує борги",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Hos Advokatvagten giver advokater gratis og anonyme råd. Du får et kort, mundtligt råd.",
                                "en": "At Advokatvagten lawyers give free and anonymous advice. You get short, spoken advice.",
                                "ar": "في Advokatvagten يقدّم محامون نصائح مجانية ومن دون ذكر الاسم. تحصل على نصيحة قصيرة شفهية.",
                                "uk": "В Advokatvagten адвокати консультують безкоштовно й анонімно. Ви отримуєте коротку усну пораду.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du har gæld og kan ikke betale dine regninger. Hvad er det bedste at gøre?",
                                "en": "You are in debt and cannot pay your bills. What is the best thing to do?",
                                "ar": "عليك ديون ولا تستطيع دفع فواتيرك. ما أفضل شيء تفعله؟",
                                "uk": "У вас борги, і ви не можете оплатити рахунки. Що найкраще зробити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kontakte en gratis gældsrådgivning hurtigt",
                                        "en": "Contact a free debt counselling service quickly",
                                        "ar": "أن تتواصل بسرعة مع جهة مجانية لاستشارات الديون",
                                        "uk": "Швидко звернутися по безкоштовну консультацію щодо боргів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Lade brevene ligge, til problemet går væk",
                                        "en": "Leave the letters until the problem goes away",
                                        "ar": "أن تترك الرسائل حتى تختفي المشكلة",
                                        "uk": "Не зважати на листи, поки проблема не зникне",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Tage et kviklån for at betale regningerne",
                                        "en": "Take a quick loan to pay the bills",
                                        "ar": "أن تأخذ قرضًا سريعًا لتدفع الفواتير",
                                        "uk": "Узяти швидку позику, щоб оплатити рахунки",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Jo før du får hjælp, jo bedre. Gælden vokser, hvis du lader brevene ligge, og kviklån kan gøre gælden større.",
                                "en": "The sooner you get help, the better. The debt grows if you leave the letters, and quick loans can make the debt bigger.",
                                "ar": "كلما حصلت على المساعدة أبكر كان ذلك أفضل. الدين يكبر إذا تركت الرسائل، والقروض السريعة قد تزيد الدين.",
                                "uk": "Що раніше ви отримаєте допомогу, то краще. Борг зростає, якщо не зважати на листи, а швидкі позики можуть його збільшити.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad kan en frivillig fra Dansk Flygtningehjælp hjælpe dig med?",
                                "en": "What can a volunteer from the Danish Refugee Council help you with?",
                                "ar": "في أي شيء يستطيع متطوع من المجلس الدنماركي للاجئين أن يساعدك؟",
                                "uk": "З чим вам може допомогти волонтер Данської ради у справах біженців?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At forstå et brev fra kommunen",
                                        "en": "Understanding a letter from the municipality",
                                        "ar": "في فهم رسالة من البلدية",
                                        "uk": "Зрозуміти лист від комуни",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At træffe afgørelse i din sag om boligstøtte",
                                        "en": "Making the decision in your housing benefit case",
                                        "ar": "في اتخاذ القرار في طلبك لدعم السكن",
                                        "uk": "Ухвалити рішення у вашій справі про житлову допомогу",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At logge på med din MitID, når du ikke er til stede",
                                        "en": "Logging on with your MitID when you are not there",
                                        "ar": "في تسجيل الدخول بـ MitID الخاص بك وأنت غير موجود",
                                        "uk": "Увійти з вашим MitID, коли вас немає поруч",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Frivillige kan forklare og støtte dig. De kan ikke træffe afgørelser, og de må aldrig bruge din MitID.",
                                "en": "Volunteers can explain things and support you. They cannot make decisions, and they must never use your MitID.",
                                "ar": "يستطيع المتطوعون أن يشرحوا لك ويدعموك. لكنهم لا يستطيعون اتخاذ القرارات، ولا يجوز لهم أبدًا أن يستخدموا MitID الخاص بك.",
                                "uk": "Волонтери можуть пояснити й підтримати вас. Вони не можуть ухвалювати рішень і ніколи не мають права користуватися вашим MitID.",
                            },
                        },
                        {
                            "question": {
                                "da": "En person tilbyder at klare din Digital Post, hvis du giver ham din MitID. Hvad gør du?",
                                "en": "Someone offers to deal with your Digital Post if you give him your MitID. What do you do?",
                                "ar": "عرض عليك شخص أن يتولّى بريدك الرقمي (Digital Post) إذا أعطيته MitID الخاص بك. ماذا تفعل؟",
                                "uk": "Хтось пропонує займатися вашою Digital Post, якщо ви дасте йому свій MitID. Що ви робите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Siger nej – du giver aldrig din MitID til andre",
                                        "en": "Say no – you never give your MitID to anyone else",
                                        "ar": "أرفض، فأنا لا أعطي MitID الخاص بي لأي شخص آخر أبدًا",
                                        "uk": "Відмовляюся – я ніколи не передаю свій MitID іншим",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Siger ja, hvis han virker flink",
                                        "en": "Say yes if he seems nice",
                                        "ar": "أوافق إذا بدا لطيفًا",
                                        "uk": "Погоджуюся, якщо він здається приємною людиною",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Giver ham kun din adgangskode",
                                        "en": "Give him only your password",
                                        "ar": "أعطيه كلمة المرور فقط",
                                        "uk": "Даю йому лише свій пароль",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Din MitID er personlig. Få hjælp på biblioteket eller hos Borgerservice, hvor du selv logger på.",
                                "en": "Your MitID is personal. Get help at the library or at Borgerservice, where you log on yourself.",
                                "ar": "MitID الخاص بك شخصي. اطلب المساعدة في المكتبة أو لدى Borgerservice، حيث تسجّل الدخول بنفسك.",
                                "uk": "Ваш MitID – особистий. Зверніться по допомогу до бібліотеки або Borgerservice, де ви самі входите в систему.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "crisis-and-violence",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Når det er svært: krise og vold",
                "en": "When life is hard: crisis and violence",
                "ar": "عندما تكون الحياة صعبة: الأزمات والعنف",
                "uk": "Коли важко: криза та насильство",
            },
            "intro": {
                "da": "Ingen skal være alene med vold, trusler eller tanker om selvmord. Lær, hvem du kan ringe til – også anonymt.",
                "en": "No one should be alone with violence, threats or thoughts of suicide. Learn who you can call – also anonymously.",
                "ar": "لا ينبغي أن يبقى أحد وحيدًا مع العنف أو التهديدات أو أفكار الانتحار. تعرّف بمن يمكنك أن تتصل، ويمكنك أيضًا أن تتصل دون ذكر اسمك.",
                "uk": "Ніхто не повинен залишатися сам на сам із насильством, погрозами чи думками про самогубство. Дізнайтеся, куди можна зателефонувати – також анонімно.",
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
                        "ar": [
                            "## اتصل بالرقم 112 في حالات الخطر العاجل",
                            "إذا كانت هناك حياة في خطر، أو حريق، أو أُصيب شخص إصابة خطيرة، فاتصل بالرقم <b>112</b>. الاتصال مجاني، ويمكنك أن تتصل من أي هاتف. قل مَن أنت، وأين أنت، وماذا حدث. تكلّم بهدوء، وتكلّم بالدنماركية أو الإنجليزية إذا استطعت. لا تُنهِ المكالمة قبل أن يقولوا لك إنك تستطيع ذلك.",
                            "إذا كنت تحتاج إلى الشرطة لكن الأمر ليس عاجلًا، فاتصل بالرقم <b>114</b>. قد يكون ذلك مثلًا إذا أردت أن تبلّغ عن سرقة من بيتك أو كنت تحتاج إلى نصيحة.",
                            "## العنف في الأسرة ممنوع بالقانون",
                            "في الدنمارك كل أنواع العنف ممنوعة بالقانون، وهذا يشمل العنف داخل الأسرة وبين الزوجين أو الشريكين. ويشمل ذلك العنف الجسدي مثل الضرب والركل، ويشمل أيضًا العنف النفسي، مثل التهديد والسيطرة، وأن يمنعك شخص من رؤية عائلتك وأصدقائك، أو أن يأخذ شخص مالك أو جواز سفرك. ومن الممنوع أيضًا ضرب الأطفال، حتى لو كان الهدف تربيتهم.",
                            "لا يحق لأحد أن يقرّر لك مَن تتزوج، أو هل يجوز لك أن تذهب إلى المدرسة أو تعمل أو يكون لك أصدقاء. وهذا ينطبق على النساء والرجال، وعلى الشباب والبالغين.",
                        ],
                        "uk": [
                            "## Телефонуйте 112, якщо є гостра небезпека",
                            "Якщо під загрозою чиєсь життя, сталася пожежа або хтось тяжко травмований, телефонуйте <b>112</b>. Це безкоштовно, і зателефонувати можна з будь-якого телефону. Скажіть, хто ви, де ви і що сталося. Говоріть спокійно – данською або англійською, якщо можете. Не кладіть слухавку, доки вам не скажуть, що можна.",
                            "Якщо вам потрібна поліція, але справа не термінова, телефонуйте <b>114</b>. Наприклад, якщо ви хочете повідомити про крадіжку з квартири чи будинку або вам потрібна порада.",
                            "## Насильство в сім'ї заборонене законом",
                            "У Данії будь-яке насильство заборонене законом – також у сім'ї та в стосунках пари. Це стосується фізичного насильства, як-от ударів ногами чи руками, а також психологічного насильства, наприклад погроз, контролю, коли хтось не дає вам бачитися з родиною й друзями або забирає ваші гроші чи паспорт. Бити дітей теж заборонено, навіть якщо це «для виховання».",
                            "Ніхто не має права вирішувати, з ким вам одружуватися і чи можна вам навчатися, працювати або мати друзів. Це стосується і жінок, і чоловіків, і молоді, і дорослих.",
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
                        "ar": [
                            "## هنا يمكنك أن تحصل على المساعدة",
                            "- <b>Lev Uden Vold (عِش بلا عنف) – اتصل بالرقم 1888</b>: خط وطني للمساعدة في حالات العنف في العلاقات القريبة. يعمل على مدار الساعة، وهو مجاني ولا تحتاج فيه إلى ذكر اسمك. يمكنك أن تتصل إذا كنت أنت نفسك تتعرض للعنف، أو إذا كنت قلقًا على شخص آخر، أو إذا كنت تخاف أن تصبح أنت نفسك عنيفًا.",
                            "- <b>مراكز الإيواء في الأزمات (krisecentre)</b>: مركز الإيواء مكان آمن تسكن فيه فترة من الوقت إذا اضطررت إلى الهرب من العنف. توجد مراكز إيواء للنساء وأطفالهن، وأيضًا للرجال. ويستطيع Lev Uden Vold أن يخبرك أين يوجد مكان شاغر.",
                            "- <b>الشرطة</b>: يمكنك أن تبلّغ الشرطة عن العنف. وإذا كنت في خطر الآن، فاتصل بالرقم 112.",
                            "- <b>طبيبك</b>: الطبيب ملزم بالحفاظ على السرية، ويستطيع أن يحوّلك إلى جهات أخرى تساعدك، وأيضًا إذا سبّب لك العنف إصابات أو قلقًا أو مشكلات في النوم.",
                            "- <b>BørneTelefonen – 116 111</b>: يستطيع الأطفال والشباب أن يتصلوا بمنظمة Børns Vilkår مجانًا ودون ذكر أسمائهم، على مدار الساعة.",
                        ],
                        "uk": [
                            "## Де можна отримати допомогу",
                            "- <b>Lev Uden Vold (Життя без насильства) – телефонуйте 1888</b>: національна гаряча лінія з питань насильства в близьких стосунках. Вона працює цілодобово, безкоштовно й анонімно. Ви можете зателефонувати, якщо самі зазнаєте насильства, якщо тривожитеся за іншу людину або якщо боїтеся, що самі можете стати жорстокими.",
                            "- <b>Кризові центри (krisecentre)</b>: кризовий центр – це безпечне місце, де можна тимчасово жити, якщо доводиться тікати від насильства. Є кризові центри для жінок із дітьми, а також для чоловіків. У Lev Uden Vold вам скажуть, де є вільне місце.",
                            "- <b>Поліція</b>: ви можете заявити про насильство в поліцію. Якщо ви в небезпеці просто зараз, телефонуйте 112.",
                            "- <b>Ваш лікар</b>: лікар зобов'язаний зберігати конфіденційність і може направити вас далі – також якщо через насильство у вас травми, тривога чи проблеми зі сном.",
                            "- <b>BørneTelefonen – 116 111</b>: діти й підлітки можуть цілодобово, безкоштовно й анонімно телефонувати до Børns Vilkår.",
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
                        "ar": [
                            "## الأزمة النفسية وأفكار الانتحار",
                            "يمكن لأي شخص أن يمر بأزمة، مثلًا بعد الحرب أو اللجوء أو فقدان أفراد من العائلة، أو بسبب حياة مليئة بالهموم الكبيرة. طلب المساعدة ليس ضعفًا. تحدّث مع طبيبك، فالطبيب يستطيع أن يحوّلك إلى أخصائي نفسي أو طبيب نفسي.",
                            'إذا كانت لديك أفكار عن إنهاء حياتك، أو كنت قلقًا على شخص آخر، فيمكنك أن تتصل دون ذكر اسمك بـ <b>Livslinien على الرقم 70 201 201</b>. ويمكنك أيضًا أن تكتب إلى مستشار على <a href="https://www.livslinien.dk/">livslinien.dk</a>. وإذا كان هناك خطر عاجل، فاتصل بالرقم <b>112</b>.',
                            "## ماذا يمكنك أن تفعل للآخرين؟",
                            "إذا كنت قلقًا على جار أو صديقة أو طفل، فخذ الأمر بجدية. اسأل الشخص بلطف عن حاله، واستمع إليه دون أن تحكم عليه. ويمكنك أنت نفسك أن تتصل بـ Lev Uden Vold وتحصل على نصيحة عن طريقة المساعدة.",
                            "إذا كنت قلقًا من أن طفلًا ليس بخير، مثلًا بسبب العنف أو الإهمال، فيمكنك أن ترسل <b>بلاغًا (underretning)</b> إلى البلدية. وهذا يعني أن تخبر البلدية بقلقك. ويمكنك أن تفعل ذلك دون ذكر اسمك.",
                        ],
                        "uk": [
                            "## Психологічна криза й думки про самогубство",
                            "Кризу може пережити будь-хто, наприклад після війни, втечі з дому, втрати рідних або через життя, сповнене великих турбот. Звернутися по допомогу – це не слабкість. Поговоріть зі своїм лікарем. Лікар може направити вас до психолога або психіатра.",
                            'Якщо у вас є думки про те, щоб покінчити з життям, або ви тривожитеся за іншу людину, ви можете анонімно зателефонувати до <b>Livslinien за номером 70 201 201</b>. Також можна написати консультантові на <a href="https://www.livslinien.dk/">livslinien.dk</a>. Якщо є гостра небезпека, телефонуйте <b>112</b>.',
                            "## Що ви можете зробити для інших?",
                            "Якщо ви тривожитеся за сусіда, подругу чи дитину, поставтеся до цього серйозно. Обережно запитайте, як людина почувається, і вислухайте її, не засуджуючи. Ви можете й самі зателефонувати до Lev Uden Vold і отримати пораду, як допомогти.",
                            "Якщо ви тривожитеся, що дитині погано, наприклад через насильство чи занедбаність, ви можете надіслати до комуни <b>повідомлення (underretning)</b>. Це означає, що ви розповідаєте комуні про свою тривогу. Це можна зробити анонімно.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Vigtige numre",
                        "en": "Important numbers",
                        "ar": "أرقام مهمة",
                        "uk": "Важливі номери",
                    },
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
                        "ar": [
                            "112: خطر عاجل على الحياة، أو حريق، أو حادث خطير.",
                            "114: الشرطة، عندما لا يكون الأمر عاجلًا.",
                            "1888: Lev Uden Vold – مساعدة مجانية ودون ذكر الاسم في حالات العنف، على مدار الساعة.",
                            "70 201 201: Livslinien – إذا كانت لديك أفكار عن الانتحار.",
                            "116 111: BørneTelefonen للأطفال والشباب.",
                            "كل أنواع العنف ممنوعة بالقانون في الدنمارك، ومنها العنف النفسي والعنف داخل الأسرة.",
                        ],
                        "uk": [
                            "112: гостра загроза життю, пожежа або серйозний нещасний випадок.",
                            "114: поліція, коли справа не термінова.",
                            "1888: Lev Uden Vold – безкоштовна й анонімна допомога у разі насильства, цілодобово.",
                            "70 201 201: Livslinien – якщо у вас є думки про самогубство.",
                            "116 111: BørneTelefonen для дітей і підлітків.",
                            "У Данії будь-яке насильство заборонене законом – також психологічне насильство й насильство в сім'ї.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Hjælp ved vold og krise",
                        "en": "Help with violence and crisis",
                        "ar": "المساعدة في حالات العنف والأزمات",
                        "uk": "Допомога у разі насильства та кризи",
                    },
                    "intro": {
                        "da": "Du kan ringe anonymt. Ved akut fare: ring 112.",
                        "en": "You can call anonymously. In an emergency: call 112.",
                        "ar": "يمكنك أن تتصل دون ذكر اسمك. في حالات الخطر العاجل: اتصل بالرقم 112.",
                        "uk": "Телефонувати можна анонімно. Якщо є гостра небезпека, телефонуйте 112.",
                    },
                    "resources": ["politi", "lev-uden-vold", "m10-lokk", "livslinien", "m10-boernetelefonen"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvor vil du gemme de vigtigste telefonnumre, så du og din familie hurtigt kan finde dem?",
                        "en": "Where will you keep the most important phone numbers so that you and your family can find them quickly?",
                        "ar": "أين ستحفظ أهم أرقام الهاتف حتى تجدها أنت وعائلتك بسرعة؟",
                        "uk": "Де ви зберігатимете найважливіші номери телефонів, щоб ви й ваша родина могли швидко їх знайти?",
                    },
                    "hint": {
                        "da": "Gem fx 112, 114, 1888, din læges nummer og lægevagtens nummer i din region i telefonen, og skriv dem på en seddel derhjemme. Tal med dine børn om, hvornår man ringer 112.",
                        "en": "Save, for example, 112, 114, 1888, your doctor's number and the out-of-hours doctor's number for your region in your phone, and write them on a note at home. Talk to your children about when to call 112.",
                        "ar": "احفظ مثلًا الأرقام 112 و114 و1888 ورقم طبيبك ورقم طبيب المناوبة (lægevagt) في إقليمك في هاتفك، واكتبها على ورقة في البيت. تحدّث مع أطفالك عن الحالات التي يتصل فيها المرء بالرقم 112.",
                        "uk": "Збережіть у телефоні, наприклад, 112, 114, 1888, номер свого лікаря й номер чергового лікаря (lægevagt) у вашому регіоні, а також запишіть їх на папірці вдома. Поговоріть із дітьми про те, коли треба телефонувати 112.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv",
                        "en": "Test yourself",
                        "ar": "اختبر نفسك",
                        "uk": "Перевірте себе",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Din nabo råber om hjælp, og der kommer røg ud fra lejligheden. Hvad ringer du til?",
                                "en": "Your neighbour is shouting for help, and smoke is coming out of the flat. What number do you call?",
                                "ar": "جارك يصرخ طالبًا المساعدة، ويخرج دخان من شقته. بأي رقم تتصل؟",
                                "uk": "Ваш сусід кличе на допомогу, а з його квартири йде дим. Куди ви телефонуєте?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "112", "en": "112", "ar": "112", "uk": "112"},
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "114", "en": "114", "ar": "114", "uk": "114"},
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "1888", "en": "1888", "ar": "1888", "uk": "1888"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Brand og fare for liv er akut. Ring 112.",
                                "en": "A fire and danger to life are emergencies. Call 112.",
                                "ar": "الحريق والخطر على الحياة حالتان عاجلتان. اتصل بالرقم 112.",
                                "uk": "Пожежа й загроза життю – це невідкладні ситуації. Телефонуйте 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er psykisk vold?",
                                "en": "What is psychological violence?",
                                "ar": "ما هو العنف النفسي؟",
                                "uk": "Що таке психологічне насильство?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Fx trusler, kontrol og at holde en person væk fra familie og venner",
                                        "en": "For example threats, control and keeping a person away from family and friends",
                                        "ar": "مثلًا التهديد والسيطرة ومنع شخص من رؤية عائلته وأصدقائه",
                                        "uk": "Наприклад, погрози, контроль і коли людині не дають бачитися з родиною та друзями",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kun når nogen slår",
                                        "en": "Only when someone hits",
                                        "ar": "فقط عندما يضرب أحدٌ غيرَه",
                                        "uk": "Лише коли хтось б'є",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En almindelig uenighed, hvor man taler højt",
                                        "en": "An ordinary disagreement where people talk loudly",
                                        "ar": "خلاف عادي يتكلم فيه الناس بصوت عالٍ",
                                        "uk": "Звичайна суперечка, коли люди говорять голосно",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Psykisk vold er fx trusler, kontrol og isolation. Det er ulovligt i Danmark.",
                                "en": "Psychological violence is, for example, threats, control and isolation. It is illegal in Denmark.",
                                "ar": "العنف النفسي هو مثلًا التهديد والسيطرة والعزل. وهو ممنوع بالقانون في الدنمارك.",
                                "uk": "Психологічне насильство – це, наприклад, погрози, контроль та ізоляція. У Данії воно заборонене законом.",
                            },
                        },
                        {
                            "question": {
                                "da": "En veninde fortæller, at hendes mand truer hende. Hvor kan I få gratis og anonym rådgivning døgnet rundt?",
                                "en": "A friend tells you that her husband threatens her. Where can you get free and anonymous advice around the clock?",
                                "ar": "تخبرك صديقة أن زوجها يهددها. أين يمكنكما أن تحصلا على استشارة مجانية ودون ذكر الاسم على مدار الساعة؟",
                                "uk": "Подруга розповідає, що чоловік їй погрожує. Де ви можете отримати безкоштовну й анонімну консультацію цілодобово?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lev Uden Vold på 1888",
                                        "en": "Lev Uden Vold on 1888",
                                        "ar": "Lev Uden Vold على الرقم 1888",
                                        "uk": "Lev Uden Vold за номером 1888",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Jobcentret",
                                        "en": "The jobcentre",
                                        "ar": "مركز العمل",
                                        "uk": "Центр зайнятості",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Udbetaling Danmark",
                                        "en": "Udbetaling Danmark",
                                        "ar": "Udbetaling Danmark",
                                        "uk": "Udbetaling Danmark",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Lev Uden Vold rådgiver både voldsudsatte og dem, der er bekymrede for en anden. Er hun i fare lige nu, så ring 112.",
                                "en": "Lev Uden Vold advises both people exposed to violence and people who are worried about someone else. If she is in danger right now, call 112.",
                                "ar": "يقدّم Lev Uden Vold الاستشارة لمن يتعرّضون للعنف، ولمن يقلقون على شخص آخر أيضًا. وإذا كانت في خطر الآن، فاتصلوا بالرقم 112.",
                                "uk": "Lev Uden Vold консультує і тих, хто зазнає насильства, і тих, хто тривожиться за інших. Якщо подруга в небезпеці просто зараз, телефонуйте 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er et krisecenter?",
                                "en": "What is a crisis centre?",
                                "ar": "ما هو مركز الإيواء في الأزمات (krisecenter)؟",
                                "uk": "Що таке кризовий центр (krisecenter)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et sikkert sted at bo i en periode, hvis man må flygte fra vold",
                                        "en": "A safe place to live for a period if you have to escape violence",
                                        "ar": "مكان آمن للسكن فترة من الوقت لمن يضطر إلى الهرب من العنف",
                                        "uk": "Безпечне місце, де можна тимчасово жити, якщо доводиться тікати від насильства",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Et hospital for fysiske skader",
                                        "en": "A hospital for physical injuries",
                                        "ar": "مستشفى لعلاج الإصابات الجسدية",
                                        "uk": "Лікарня для лікування фізичних травм",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et kontor, der hjælper med gæld",
                                        "en": "An office that helps with debt",
                                        "ar": "مكتب يساعد في الديون",
                                        "uk": "Установа, яка допомагає з боргами",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "På et krisecenter kan man bo i sikkerhed og få støtte. Der er krisecentre for kvinder med børn og for mænd.",
                                "en": "At a crisis centre you can live in safety and get support. There are crisis centres for women with children and for men.",
                                "ar": "في مركز الإيواء يمكن للشخص أن يسكن في أمان ويحصل على الدعم. توجد مراكز إيواء للنساء مع أطفالهن، وللرجال.",
                                "uk": "У кризовому центрі можна жити в безпеці й отримати підтримку. Є кризові центри для жінок із дітьми та для чоловіків.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
