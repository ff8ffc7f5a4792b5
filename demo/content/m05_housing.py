"""Module 5: housing (finding a home, lease, deposit and housing benefit, neighbours, waste and moving)."""

GLOSSARY = {
    "m05-almen-bolig": {
        "term": {
            "da": "Almen bolig",
            "en": "Non-profit housing (almen bolig)",
            "ar": "السكن غير الربحي (almen bolig)",
            "uk": "Неприбуткове житло (almen bolig)",
        },
        "explanation": {
            "da": "En lejebolig, som ejes af en almen boligorganisation (ofte kaldet en boligforening). Huslejen skal dække udgifterne, og ingen må tjene penge på den. Du får en almen bolig ved at skrive dig op på en venteliste, og beboerne har indflydelse gennem beboerdemokratiet.",
            "en": "A rented home owned by a non-profit housing organisation (often called a boligforening). The rent must cover the costs, and no one is allowed to make a profit from it. You get non-profit housing by signing up on a waiting list, and the residents have a say through tenant democracy.",
            "ar": "مسكن للإيجار تملكه منظمة إسكان غير ربحية (تُسمّى غالبًا boligforening). يجب أن يغطي الإيجار التكاليف فقط، ولا يُسمح لأحد بتحقيق ربح منه. تحصل على هذا المسكن بالتسجيل في قائمة انتظار (venteliste)، ويشارك السكان في اتخاذ القرارات عبر ديمقراطية السكان (beboerdemokrati).",
            "uk": "Орендоване житло, яке належить неприбутковій житловій організації (її часто називають boligforening). Орендна плата має покривати лише витрати, і ніхто не може на ній заробляти. Таке житло отримують, записавшись у чергу (venteliste), а мешканці впливають на рішення через демократію мешканців (beboerdemokrati).",
        },
    },
    "m05-depositum": {
        "term": {
            "da": "Depositum",
            "en": "Deposit (depositum)",
            "ar": "مبلغ التأمين (depositum)",
            "uk": "Застава (depositum)",
        },
        "explanation": {
            "da": "Et beløb, som du betaler til udlejeren, når du flytter ind. Det er sikkerhed for udlejeren og må højst svare til 3 måneders husleje. Når du flytter, får du pengene tilbage, minus det, det koster at sætte boligen i stand.",
            "en": "An amount you pay the landlord when you move in. It is security for the landlord and may be no more than 3 months' rent. When you move out, you get the money back, minus the cost of putting the home back in order.",
            "ar": "مبلغ تدفعه للمؤجّر عندما تنتقل إلى المسكن. هو ضمان للمؤجّر، ولا يجوز أن يزيد على إيجار 3 أشهر. عندما تغادر المسكن تسترد المبلغ، بعد خصم تكلفة إصلاح المسكن وإعادته إلى حالته.",
            "uk": "Сума, яку ви сплачуєте орендодавцю під час заселення. Це гарантія для орендодавця, і вона не може перевищувати орендну плату за 3 місяці. Коли ви виїжджаєте, гроші вам повертають за вирахуванням вартості приведення житла до належного стану.",
        },
    },
    "m05-boligstoette": {
        "term": {
            "da": "Boligstøtte",
            "en": "Housing benefit (boligstøtte)",
            "ar": "دعم السكن (boligstøtte)",
            "uk": "Житлова допомога (boligstøtte)",
        },
        "explanation": {
            "da": "Et tilskud til huslejen fra det offentlige, hvis du bor til leje og har en lav indkomst. Du søger på borger.dk med MitID, og Udbetaling Danmark behandler ansøgningen. Beløbet afhænger bl.a. af huslejen, boligens størrelse, hvor mange I er, og husstandens indkomst.",
            "en": "A public contribution towards your rent if you rent your home and have a low income. You apply on borger.dk with MitID, and Udbetaling Danmark handles the application. The amount depends on, among other things, the rent, the size of the home, how many people live there and the household's income.",
            "ar": "مساعدة من الدولة لدفع جزء من الإيجار، إذا كنت تسكن بالإيجار ودخلك منخفض. تتقدّم بالطلب على borger.dk باستخدام MitID، وتعالج الطلبَ هيئةُ Udbetaling Danmark. يعتمد المبلغ على أمور منها الإيجار ومساحة المسكن وعدد السكان ودخل الأسرة.",
            "uk": "Державна допомога на оплату оренди, якщо ви винаймаєте житло і маєте низький дохід. Заяву подають на borger.dk через MitID, а розглядає її Udbetaling Danmark. Сума залежить, зокрема, від орендної плати, площі житла, кількості мешканців і доходу домогосподарства.",
        },
    },
    "m05-husorden": {
        "term": {
            "da": "Husorden",
            "en": "House rules (husorden)",
            "ar": "قواعد السكن (husorden)",
            "uk": "Правила будинку (husorden)",
        },
        "explanation": {
            "da": "De regler, som beboerne i en ejendom skal følge, fx om støj, vaskeri, affald, trappe og altan. I en almen bolig bliver husordenen vedtaget af beboerne selv på afdelingsmødet.",
            "en": "The rules that the residents of a building must follow, for example about noise, the laundry room, waste, stairs and balconies. In non-profit housing, the residents themselves adopt the house rules at the residents' meeting.",
            "ar": "القواعد التي يجب على سكان المبنى اتباعها، مثلًا بشأن الضجيج وغرفة الغسيل والنفايات والدرج والشرفة. في السكن غير الربحي (almen bolig) يقرّ السكان أنفسهم هذه القواعد في اجتماع السكان (afdelingsmøde).",
            "uk": "Правила, яких мають дотримуватися мешканці будинку, наприклад щодо шуму, пральні, сміття, сходів і балкона. У неприбутковому житлі (almen bolig) мешканці самі ухвалюють ці правила на зборах мешканців (afdelingsmøde).",
        },
    },
}

RESOURCES = {
    "m05-bl": {
        "name": {
            "da": "BL – Danmarks Almene Boliger",
            "en": "BL – Danmarks Almene Boliger (Danish non-profit housing)",
            "ar": "BL – اتحاد السكن غير الربحي في الدنمارك (Danmarks Almene Boliger)",
            "uk": "BL – Об'єднання неприбуткового житла Данії (Danmarks Almene Boliger)",
        },
        "category": "housing",
        "description": {
            "da": "Interesseorganisation for de almene boligorganisationer. Har information om almene boliger, ventelister, beboerdemokrati og boligstøtte.",
            "en": "The umbrella organisation for Denmark's non-profit housing organisations. It has information about non-profit housing, waiting lists, tenant democracy and housing benefit.",
            "ar": "المنظمة التي تمثّل منظمات السكن غير الربحي في الدنمارك. لديها معلومات عن السكن غير الربحي وقوائم الانتظار وديمقراطية السكان ودعم السكن.",
            "uk": "Організація, що об'єднує неприбуткові житлові організації Данії. Має інформацію про неприбуткове житло, черги, демократію мешканців і житлову допомогу.",
        },
        "url": "https://bl.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "housing",
    "mandatory": True,
    "title": {
        "da": "Bolig",
        "en": "Housing",
        "ar": "السكن",
        "uk": "Житло",
    },
    "summary": {
        "da": "Lær, hvordan du finder en bolig i Danmark, og hvad du skal vide om lejekontrakt, depositum, husleje og boligstøtte. Lær også, hvordan du er en god nabo, sorterer dit affald og melder flytning.",
        "en": "Learn how to find a home in Denmark and what you need to know about the lease, the deposit, rent and housing benefit. Also learn how to be a good neighbour, sort your waste and register a move.",
        "ar": "تعرّف على كيفية العثور على مسكن في الدنمارك، وما يجب أن تعرفه عن عقد الإيجار ومبلغ التأمين (depositum) والإيجار ودعم السكن (boligstøtte). وتعرّف أيضًا على كيف تكون جارًا جيدًا، وتفرز نفاياتك، وتسجّل انتقالك إلى عنوان جديد.",
        "uk": "Дізнайтеся, як знайти житло в Данії і що треба знати про договір оренди, заставу (depositum), орендну плату та житлову допомогу (boligstøtte). А також — як бути добрим сусідом, сортувати сміття і реєструвати переїзд.",
    },
    "objectives": {
        "da": [
            "Du kan forklare forskellen på en almen bolig og en privat lejebolig, og hvordan du kommer på en venteliste.",
            "Du kan forklare, hvad der står i en lejekontrakt, og hvad depositum og forudbetalt leje er.",
            "Du kan søge boligstøtte og ved, hvor du kan klage, fx til Huslejenævnet.",
            "Du kan følge husordenen, sortere dit affald og melde flytning til tiden.",
        ],
        "en": [
            "You can explain the difference between non-profit housing and a private rental, and how to get on a waiting list.",
            "You can explain what a lease says and what a deposit and prepaid rent are.",
            "You can apply for housing benefit and know where you can complain, for example to the Rent Tribunal (Huslejenævnet).",
            "You can follow the house rules, sort your waste and register a move on time.",
        ],
        "ar": [
            "يمكنك شرح الفرق بين السكن غير الربحي (almen bolig) والسكن المؤجَّر من مالك خاص، وكيف تسجّل في قائمة الانتظار.",
            "يمكنك شرح ما يتضمّنه عقد الإيجار، وما هو مبلغ التأمين (depositum) والإيجار المدفوع مقدّمًا.",
            "يمكنك التقدّم بطلب دعم السكن (boligstøtte)، وتعرف أين يمكنك تقديم شكوى، مثلًا إلى لجنة الإيجارات (Huslejenævnet).",
            "يمكنك اتباع قواعد السكن (husorden) وفرز نفاياتك وتسجيل انتقالك في الوقت المحدد.",
        ],
        "uk": [
            "Ви можете пояснити різницю між неприбутковим житлом (almen bolig) і приватною орендою та як стати в чергу.",
            "Ви можете пояснити, що написано в договорі оренди і що таке застава (depositum) та передоплата оренди.",
            "Ви можете подати заяву на житлову допомогу (boligstøtte) і знаєте, куди можна поскаржитися, наприклад до комісії з орендних спорів (Huslejenævnet).",
            "Ви можете дотримуватися правил будинку (husorden), сортувати сміття і вчасно реєструвати переїзд.",
        ],
    },
    "lessons": [
        {
            "slug": "finding-a-home",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "At finde en bolig",
                "en": "Finding a home",
                "ar": "العثور على مسكن",
                "uk": "Як знайти житло",
            },
            "intro": {
                "da": "De forskellige slags boliger, ventelister og gode råd, så du ikke bliver snydt.",
                "en": "The different kinds of homes, waiting lists and good advice so that you are not cheated.",
                "ar": "الأنواع المختلفة من المساكن، وقوائم الانتظار، ونصائح مفيدة حتى لا تقع ضحية للاحتيال.",
                "uk": "Різні види житла, черги на житло та корисні поради, щоб вас не ошукали.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Boliger i Danmark",
                            "Det kan være svært at finde en bolig i Danmark, især i de store byer. Derfor er det en god idé at kende de forskellige slags boliger og at begynde at lede i god tid.",
                            "- <b>Almen bolig</b>: En lejebolig, som ejes af en almen boligorganisation, ofte kaldet en boligforening. Huslejen skal dække udgifterne, og ingen må tjene penge på den. Mange danskere bor i en almen bolig.",
                            "- <b>Privat lejebolig</b>: En bolig, som du lejer af en privat person eller et firma.",
                            "- <b>Andelsbolig</b>: Du køber en andel i en forening, som ejer huset, og betaler et beløb hver måned til foreningen.",
                            "- <b>Ejerbolig</b>: Du køber selv huset eller lejligheden, som regel med et lån.",
                        ],
                        "en": [
                            "## Homes in Denmark",
                            "It can be hard to find a home in Denmark, especially in the big cities. That is why it is a good idea to know the different kinds of homes and to start looking in good time.",
                            "- <b>Non-profit housing</b> (almen bolig): A rented home owned by a non-profit housing organisation, often called a boligforening. The rent must cover the costs, and no one may make a profit from it. Many Danes live in non-profit housing.",
                            "- <b>Private rental</b> (privat lejebolig): A home you rent from a private person or a company.",
                            "- <b>Cooperative housing</b> (andelsbolig): You buy a share in an association that owns the building, and you pay an amount to the association every month.",
                            "- <b>Owner-occupied home</b> (ejerbolig): You buy the house or flat yourself, usually with a loan.",
                        ],
                        "ar": [
                            "## السكن في الدنمارك",
                            "قد يكون العثور على مسكن في الدنمارك صعبًا، خاصةً في المدن الكبيرة. لذلك من المفيد أن تعرف الأنواع المختلفة من المساكن، وأن تبدأ البحث مبكرًا.",
                            "- <b>السكن غير الربحي (almen bolig)</b>: مسكن للإيجار تملكه منظمة إسكان غير ربحية، تُسمّى غالبًا boligforening. يجب أن يغطي الإيجار التكاليف، ولا يُسمح لأحد بتحقيق ربح منه. كثير من الدنماركيين يسكنون في سكن غير ربحي.",
                            "- <b>السكن المؤجَّر من مالك خاص (privat lejebolig)</b>: مسكن تستأجره من شخص عادي أو من شركة.",
                            "- <b>السكن التعاوني (andelsbolig)</b>: تشتري حصة في جمعية تملك المبنى، وتدفع للجمعية مبلغًا كل شهر.",
                            "- <b>المسكن المملوك (ejerbolig)</b>: تشتري البيت أو الشقة بنفسك، وغالبًا بقرض.",
                        ],
                        "uk": [
                            "## Житло в Данії",
                            "Знайти житло в Данії буває складно, особливо у великих містах. Тому варто знати, які бувають види житла, і почати пошуки заздалегідь.",
                            "- <b>Неприбуткове житло (almen bolig)</b>: орендоване житло, яке належить неприбутковій житловій організації; її часто називають boligforening. Орендна плата має покривати витрати, і ніхто не може на ній заробляти. Багато данців живуть у неприбутковому житлі.",
                            "- <b>Приватне орендоване житло (privat lejebolig)</b>: житло, яке ви винаймаєте в приватної особи або фірми.",
                            "- <b>Кооперативне житло (andelsbolig)</b>: ви купуєте частку в об’єднанні, якому належить будинок, і щомісяця сплачуєте йому певну суму.",
                            "- <b>Власне житло (ejerbolig)</b>: ви самі купуєте будинок або квартиру, зазвичай за допомогою позики.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m05-almen-bolig"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Almene boliger og venteliste",
                            "For at få en almen bolig skal du som regel skrive dig op på en <b>venteliste</b> hos en boligorganisation. Det kan du ofte gøre på nettet. Mange steder koster det et lille gebyr hvert år at stå på listen. Husk at betale det, ellers mister du din plads på listen.",
                            "Ventetiden kan være lang, nogle steder flere år. Skriv dig derfor op tidligt og gerne hos flere boligorganisationer. Når du får et tilbud, skal du svare hurtigt.",
                            "Kommunen kan anvise nogle af de almene boliger til borgere, som har akut brug for en bolig. Hvis du er kommet til Danmark som flygtning, hjælper kommunen dig med at finde en bolig.",
                            "Har du svært ved at betale indskuddet til en almen bolig, kan du spørge kommunen om et <b>indskudslån</b>. Det er et lån, som du betaler tilbage over nogle år.",
                        ],
                        "en": [
                            "## Non-profit housing and waiting lists",
                            "To get non-profit housing, you usually have to sign up on a <b>waiting list</b> (venteliste) with a housing organisation. You can often do this online. In many places it costs a small fee every year to stay on the list. Remember to pay it, or you will lose your place on the list.",
                            "The waiting time can be long, in some places several years. So sign up early, and preferably with several housing organisations. When you are offered a home, you must answer quickly.",
                            "The municipality can allocate some of the non-profit homes to residents who urgently need somewhere to live. If you came to Denmark as a refugee, the municipality helps you find a home.",
                            "If it is hard for you to pay the deposit for a non-profit home, you can ask the municipality for a <b>deposit loan</b> (indskudslån). It is a loan that you pay back over a number of years.",
                        ],
                        "ar": [
                            "## السكن غير الربحي وقائمة الانتظار",
                            "للحصول على مسكن غير ربحي، يجب عليك عادةً أن تسجّل اسمك في <b>قائمة انتظار (venteliste)</b> لدى منظمة إسكان. يمكنك غالبًا أن تفعل ذلك عبر الإنترنت. وفي أماكن كثيرة تدفع رسمًا صغيرًا كل سنة لتبقى في القائمة. تذكّر أن تدفعه، وإلا فستفقد مكانك في القائمة.",
                            "قد يكون الانتظار طويلًا، وفي بعض الأماكن عدة سنوات. لذلك سجّل اسمك مبكرًا، ومن الأفضل أن تسجّل لدى عدة منظمات إسكان. وعندما يُعرض عليك مسكن، يجب أن تردّ بسرعة.",
                            "يمكن للبلدية (kommune) أن تخصّص بعض المساكن غير الربحية للسكان الذين يحتاجون إلى مسكن بشكل عاجل. وإذا جئت إلى الدنمارك لاجئًا، تساعدك البلدية في العثور على مسكن.",
                            "إذا كان من الصعب عليك دفع مبلغ التأمين (indskud) للمسكن غير الربحي، يمكنك أن تطلب من البلدية <b>قرضًا لمبلغ التأمين (indskudslån)</b>. هو قرض تسدّده على مدى عدة سنوات.",
                        ],
                        "uk": [
                            "## Неприбуткове житло і черга",
                            "Щоб отримати неприбуткове житло, зазвичай треба записатися в <b>чергу (venteliste)</b> у житловій організації. Часто це можна зробити в інтернеті. У багатьох місцях за перебування в черзі щороку сплачують невеликий внесок. Не забувайте його платити, інакше втратите своє місце в черзі.",
                            "Чекати можна довго, у деяких місцях кілька років. Тому записуйтеся рано, і бажано в кількох житлових організаціях. Коли вам пропонують житло, треба швидко відповісти.",
                            "Комуна (kommune) може надавати частину неприбуткового житла мешканцям, яким терміново потрібне житло. Якщо ви приїхали до Данії як біженець, комуна допомагає вам знайти житло.",
                            "Якщо вам важко сплатити заставу (indskud) за неприбуткове житло, можна попросити в комуни <b>позику на заставу (indskudslån)</b>. Цю позику ви повертаєте протягом кількох років.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Vigtigt at vide",
                        "en": "Good to know",
                        "ar": "من المهم أن تعرف",
                        "uk": "Важливо знати",
                    },
                    "facts": {
                        "da": [
                            "Almene boliger ejes af boligorganisationer, og ingen tjener penge på huslejen.",
                            "Skriv dig op på venteliste tidligt – ventetiden kan være flere år.",
                            "Flygtninge får hjælp af kommunen til at finde en bolig.",
                            "Betal aldrig noget, før du har set boligen og har en skriftlig lejekontrakt.",
                            "Du skal være tilmeldt folkeregistret på den adresse, hvor du bor.",
                        ],
                        "en": [
                            "Non-profit homes are owned by housing organisations, and no one makes a profit from the rent.",
                            "Sign up on waiting lists early – the wait can be several years.",
                            "Refugees get help from the municipality to find a home.",
                            "Never pay anything before you have seen the home and have a written lease.",
                            "You must be registered in the National Register (folkeregistret) at the address where you live.",
                        ],
                        "ar": [
                            "تملك منظماتُ الإسكان المساكنَ غير الربحية، ولا أحد يربح من الإيجار.",
                            "سجّل في قائمة الانتظار مبكرًا، فقد يستمر الانتظار عدة سنوات.",
                            "تساعد البلديةُ اللاجئين في العثور على مسكن.",
                            "لا تدفع أي شيء قبل أن ترى المسكن ويكون معك عقد إيجار مكتوب.",
                            "يجب أن تكون مسجّلًا في السجل المدني (folkeregistret) على العنوان الذي تسكن فيه.",
                        ],
                        "uk": [
                            "Неприбуткове житло належить житловим організаціям, і ніхто не заробляє на орендній платі.",
                            "Записуйтеся в чергу рано – чекати можна кілька років.",
                            "Комуна допомагає біженцям знайти житло.",
                            "Ніколи нічого не платіть, доки не побачите житло й не матимете письмового договору оренди.",
                            "Ви маєте бути зареєстровані в реєстрі населення (folkeregistret) за адресою, де живете.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Private lejeboliger – pas på snyd",
                            "Private lejeboliger kan du finde på boligsider på nettet, i lokale aviser og gennem dit netværk. Desværre er der også nogle, som prøver at snyde. Her er nogle gode råd:",
                            "- Se altid boligen, før du betaler noget.",
                            "- Betal aldrig depositum eller husleje, før du har en skriftlig lejekontrakt.",
                            "- Vær forsigtig, hvis prisen er meget lav, eller hvis udlejeren siger, at han eller hun er i udlandet og ikke kan vise boligen.",
                            "- Sørg for, at du må bo i boligen hele året og kan blive tilmeldt adressen i folkeregistret (CPR).",
                            "Du skal altid være tilmeldt den adresse, hvor du bor. Nogle boliger, fx sommerhuse, må man normalt ikke bo i hele året.",
                        ],
                        "en": [
                            "## Private rentals – watch out for scams",
                            "You can find private rentals on housing websites, in local newspapers and through your network. Unfortunately, some people also try to cheat. Here is some good advice:",
                            "- Always see the home before you pay anything.",
                            "- Never pay a deposit or rent before you have a written lease.",
                            "- Be careful if the price is very low, or if the landlord says they are abroad and cannot show you the home.",
                            "- Make sure you are allowed to live in the home all year and can register the address in the National Register (CPR).",
                            "You must always be registered at the address where you live. Some homes, for example summer houses, normally may not be lived in all year round.",
                        ],
                        "ar": [
                            "## المساكن المؤجَّرة من مالكين خاصين: احذر من الاحتيال",
                            "يمكنك أن تجد مساكن للإيجار من مالكين خاصين على مواقع السكن في الإنترنت، وفي الصحف المحلية، ومن خلال معارفك. ولكن للأسف هناك أيضًا من يحاول الاحتيال. إليك بعض النصائح المفيدة:",
                            "- شاهد المسكن دائمًا قبل أن تدفع أي شيء.",
                            "- لا تدفع أبدًا مبلغ التأمين (depositum) أو الإيجار قبل أن يكون معك عقد إيجار (lejekontrakt) مكتوب.",
                            "- كن حذرًا إذا كان السعر منخفضًا جدًا، أو إذا قال المؤجّر إنه في الخارج ولا يستطيع أن يريك المسكن.",
                            "- تأكّد من أنه يُسمح لك بالسكن في المسكن طوال السنة، وأنك تستطيع تسجيل العنوان في السجل المدني (CPR).",
                            "يجب أن تكون دائمًا مسجّلًا على العنوان الذي تسكن فيه. بعض المساكن، مثل بيوت العطلات الصيفية (sommerhuse)، لا يُسمح عادةً بالسكن فيها طوال السنة.",
                        ],
                        "uk": [
                            "## Приватне орендоване житло – остерігайтеся шахраїв",
                            "Приватне житло для оренди можна знайти на житлових сайтах в інтернеті, у місцевих газетах і через знайомих. На жаль, є й ті, хто намагається ошукати. Ось кілька корисних порад:",
                            "- Завжди оглядайте житло, перш ніж щось платити.",
                            "- Ніколи не платіть заставу (depositum) чи орендну плату, доки не матимете письмового договору оренди (lejekontrakt).",
                            "- Будьте обережні, якщо ціна дуже низька або якщо орендодавець каже, що перебуває за кордоном і не може показати житло.",
                            "- Переконайтеся, що в цьому житлі можна жити цілий рік і що ви зможете зареєструвати цю адресу в реєстрі населення (CPR).",
                            "Ви завжди маєте бути зареєстровані за адресою, де живете. У деяких видах житла, наприклад у літніх будиночках (sommerhuse), зазвичай не можна жити цілий рік.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad har du råd til?",
                            "Lav et budget, før du siger ja til en bolig. Ud over huslejen er der ofte udgifter til varme, vand, el og internet. Spørg, hvad der er med i huslejen, og hvad du skal betale ekstra. Husk også, at du skal betale depositum og ofte forudbetalt leje, når du flytter ind. Måske kan du få boligstøtte. Det lærer du om i næste lektion.",
                        ],
                        "en": [
                            "## What can you afford?",
                            "Make a budget before you say yes to a home. In addition to the rent, there are often costs for heating, water, electricity and internet. Ask what is included in the rent and what you have to pay extra. Also remember that you have to pay a deposit and often prepaid rent when you move in. Perhaps you can get housing benefit. You will learn about that in the next lesson.",
                        ],
                        "ar": [
                            "## ما الذي تستطيع أن تدفعه؟",
                            "ضع ميزانية قبل أن توافق على مسكن. فبالإضافة إلى الإيجار، توجد غالبًا مصاريف للتدفئة والماء والكهرباء والإنترنت. اسأل عمّا يشمله الإيجار، وعمّا يجب أن تدفعه إضافةً إليه. وتذكّر أيضًا أنك ستدفع مبلغ التأمين، وغالبًا إيجارًا مدفوعًا مقدّمًا (forudbetalt leje)، عندما تنتقل إلى المسكن. ربما تستطيع أن تحصل على دعم السكن (boligstøtte). ستتعلّم عن ذلك في الدرس التالي.",
                        ],
                        "uk": [
                            "## Що ви можете собі дозволити?",
                            "Складіть бюджет, перш ніж погодитися на житло. Крім орендної плати, часто є витрати на опалення, воду, електрику та інтернет. Запитайте, що входить в орендну плату, а за що треба платити окремо. Пам’ятайте також, що під час заселення треба сплатити заставу і часто передоплату оренди (forudbetalt leje). Можливо, ви зможете отримати житлову допомогу (boligstøtte). Про це ви дізнаєтеся в наступному уроці.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Hjælp til at finde bolig",
                        "en": "Help with finding a home",
                        "ar": "مساعدة في العثور على مسكن",
                        "uk": "Допомога в пошуку житла",
                    },
                    "intro": {
                        "da": "Her kan du læse om almene boliger og om dine rettigheder som lejer.",
                        "en": "Here you can read about non-profit housing and about your rights as a tenant.",
                        "ar": "هنا يمكنك أن تقرأ عن السكن غير الربحي وعن حقوقك كمستأجر.",
                        "uk": "Тут можна прочитати про неприбуткове житло і про ваші права як орендаря.",
                    },
                    "resources": ["m05-bl", "lejernes-lo"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilken slags bolig har du og din familie brug for? Hvad er vigtigst for jer: prisen, størrelsen eller at bo tæt på arbejde og skole?",
                        "en": "What kind of home do you and your family need? What matters most to you: the price, the size or living close to work and school?",
                        "ar": "ما نوع المسكن الذي تحتاج إليه أنت وعائلتك؟ ما الأهم بالنسبة إليكم: السعر، أم المساحة، أم السكن قرب العمل والمدرسة؟",
                        "uk": "Яке житло потрібне вам і вашій родині? Що для вас найважливіше: ціна, розмір чи те, щоб жити близько до роботи та школи?",
                    },
                    "hint": {
                        "da": "Lav en liste med de tre ting, der er vigtigst for jer. Det hjælper, når du skal vælge, hvor du vil skrive dig op.",
                        "en": "Make a list of the three things that matter most to you. It helps when you choose where to sign up.",
                        "ar": "اكتب قائمة بالأمور الثلاثة الأهم بالنسبة إليكم. سيساعدك ذلك عندما تختار أين تسجّل اسمك.",
                        "uk": "Складіть список із трьох речей, які для вас найважливіші. Це допоможе, коли ви вибиратимете, куди записатися.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: at finde en bolig",
                        "en": "Test yourself: finding a home",
                        "ar": "اختبر نفسك: العثور على مسكن",
                        "uk": "Перевірте себе: як знайти житло",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en almen bolig?",
                                "en": "What is non-profit housing (almen bolig)?",
                                "ar": "ما هو السكن غير الربحي (almen bolig)؟",
                                "uk": "Що таке неприбуткове житло (almen bolig)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En lejebolig, som ejes af en boligorganisation, hvor ingen tjener penge på huslejen",
                                        "en": "A rented home owned by a housing organisation, where no one makes a profit from the rent",
                                        "ar": "مسكن للإيجار تملكه منظمة إسكان، ولا أحد يربح فيه من الإيجار",
                                        "uk": "Орендоване житло, яке належить житловій організації, і ніхто не заробляє на орендній платі",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En bolig, som du køber med et lån i banken",
                                        "en": "A home you buy with a bank loan",
                                        "ar": "مسكن تشتريه بقرض من البنك",
                                        "uk": "Житло, яке ви купуєте за банківську позику",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et sommerhus, som du kan leje om sommeren",
                                        "en": "A summer house you can rent in the summer",
                                        "ar": "بيت عطلات صيفي يمكنك أن تستأجره في الصيف",
                                        "uk": "Літній будиночок, який можна орендувати влітку",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Almene boliger er lejeboliger uden profit. Huslejen skal kun dække udgifterne.",
                                "en": "Non-profit homes are rented homes without profit. The rent only has to cover the costs.",
                                "ar": "المساكن غير الربحية مساكن للإيجار بلا ربح. يجب أن يغطي الإيجار التكاليف فقط.",
                                "uk": "Неприбуткове житло – це орендоване житло без прибутку. Орендна плата має покривати лише витрати.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvordan får du som regel en almen bolig?",
                                "en": "How do you usually get a non-profit home?",
                                "ar": "كيف تحصل عادةً على مسكن غير ربحي؟",
                                "uk": "Як ви зазвичай отримуєте неприбуткове житло?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Du skriver dig op på en venteliste",
                                        "en": "You sign up on a waiting list",
                                        "ar": "تسجّل اسمك في قائمة انتظار",
                                        "uk": "Ви записуєтеся в чергу",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Du tilbyder at betale mest",
                                        "en": "You offer to pay the most",
                                        "ar": "تعرض أن تدفع أكثر من الآخرين",
                                        "uk": "Ви пропонуєте заплатити найбільше",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Du spørger naboen om nøglen",
                                        "en": "You ask the neighbour for the key",
                                        "ar": "تطلب المفتاح من الجار",
                                        "uk": "Ви просите ключ у сусіда",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Almene boliger bliver som regel fordelt efter venteliste. Derfor er det vigtigt at skrive sig op tidligt.",
                                "en": "Non-profit homes are usually allocated by waiting list. That is why it is important to sign up early.",
                                "ar": "تُوزَّع المساكن غير الربحية عادةً حسب قائمة الانتظار. لذلك من المهم أن تسجّل اسمك مبكرًا.",
                                "uk": "Неприбуткове житло зазвичай розподіляють за чергою. Тому важливо записатися рано.",
                            },
                        },
                        {
                            "question": {
                                "da": "En person på nettet vil have dit depositum, før du har set boligen. Hvad gør du?",
                                "en": "Someone online wants your deposit before you have seen the home. What do you do?",
                                "ar": "شخص على الإنترنت يريد منك مبلغ التأمين قبل أن ترى المسكن. ماذا تفعل؟",
                                "uk": "Людина в інтернеті хоче отримати вашу заставу ще до того, як ви побачили житло. Що ви зробите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Betaler ikke, før du har set boligen og har en skriftlig lejekontrakt",
                                        "en": "Do not pay until you have seen the home and have a written lease",
                                        "ar": "لا تدفع قبل أن ترى المسكن ويكون معك عقد إيجار مكتوب",
                                        "uk": "Не платитимете, доки не побачите житло й не матимете письмового договору оренди",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Betaler med det samme, så du ikke mister boligen",
                                        "en": "Pay at once so that you do not lose the home",
                                        "ar": "تدفع فورًا حتى لا تخسر المسكن",
                                        "uk": "Заплатите одразу, щоб не втратити житло",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Sender en kopi af dit pas og dit MitID",
                                        "en": "Send a copy of your passport and your MitID",
                                        "ar": "ترسل نسخة من جواز سفرك ومن MitID الخاص بك",
                                        "uk": "Надішлете копію свого паспорта і свій MitID",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Det kan være snyd. Betal aldrig, før du har set boligen og har en skriftlig kontrakt, og del aldrig dit MitID.",
                                "en": "It may be a scam. Never pay before you have seen the home and have a written lease, and never share your MitID.",
                                "ar": "قد يكون هذا احتيالًا. لا تدفع أبدًا قبل أن ترى المسكن ويكون معك عقد مكتوب، ولا تُعطِ MitID الخاص بك لأي شخص أبدًا.",
                                "uk": "Це може бути шахрайство. Ніколи не платіть, доки не побачите житло й не матимете письмового договору, і ніколи нікому не давайте свій MitID.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er et indskudslån?",
                                "en": "What is a deposit loan (indskudslån)?",
                                "ar": "ما هو قرض مبلغ التأمين (indskudslån)؟",
                                "uk": "Що таке позика на заставу (indskudslån)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et lån fra kommunen til indskuddet i en almen bolig",
                                        "en": "A loan from the municipality for the deposit on a non-profit home",
                                        "ar": "قرض من البلدية لدفع مبلغ التأمين (indskud) في مسكن غير ربحي",
                                        "uk": "Позика від комуни на заставу (indskud) за неприбуткове житло",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Et lån til at købe et hus",
                                        "en": "A loan to buy a house",
                                        "ar": "قرض لشراء بيت",
                                        "uk": "Позика на купівлю будинку",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Penge, du får, når du flytter ud",
                                        "en": "Money you get when you move out",
                                        "ar": "مال تحصل عليه عندما تغادر المسكن",
                                        "uk": "Гроші, які ви отримуєте, коли виїжджаєте з житла",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kommunen kan give et indskudslån, hvis du har svært ved at betale indskuddet til en almen bolig.",
                                "en": "The municipality can give a deposit loan if it is hard for you to pay the deposit for a non-profit home.",
                                "ar": "يمكن للبلدية أن تعطيك قرضًا لمبلغ التأمين إذا كان من الصعب عليك دفع مبلغ التأمين للمسكن غير الربحي.",
                                "uk": "Комуна може дати позику на заставу, якщо вам важко сплатити заставу за неприбуткове житло.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "lease-rent-and-housing-benefit",
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Lejekontrakt, depositum og boligstøtte",
                "en": "The lease, the deposit and housing benefit",
                "ar": "عقد الإيجار ومبلغ التأمين ودعم السكن",
                "uk": "Договір оренди, застава і житлова допомога",
            },
            "intro": {
                "da": "Hvad du skal vide, før du skriver under, når du flytter ind, og når du flytter ud.",
                "en": "What you need to know before you sign, when you move in and when you move out.",
                "ar": "ما يجب أن تعرفه قبل أن توقّع، وعندما تنتقل إلى المسكن، وعندما تغادره.",
                "uk": "Що треба знати перед тим, як підписати договір, під час заселення і під час виїзду.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Lejekontrakten",
                            "Når du lejer en bolig, skriver du og udlejeren under på en <b>lejekontrakt</b>. Det er en aftale om, hvordan du må bruge boligen. Læs den grundigt, før du skriver under. Få hjælp, hvis du ikke forstår den. I den står der fx:",
                            "- hvor stor huslejen er, og hvornår den skal betales,",
                            "- hvad du skal betale for varme, vand og el, ofte som et fast beløb hver måned, der kaldes <i>aconto</i>,",
                            "- hvor stort depositum og forudbetalt leje er,",
                            "- om du må have husdyr,",
                            "- hvor lang tids varsel du skal give, når du vil flytte.",
                            "Når du vil flytte, skal du opsige lejekontrakten på skrift. For en lejlighed er varslet ofte 3 måneder.",
                        ],
                        "en": [
                            "## The lease",
                            "When you rent a home, you and the landlord sign a <b>lease</b> (lejekontrakt). It is an agreement about how you may use the home. Read it carefully before you sign, and get help if you do not understand it. The lease says, for example:",
                            "- how much the rent is and when it must be paid,",
                            "- what you must pay for heating, water and electricity, often as a fixed amount every month called <i>aconto</i>,",
                            "- how large the deposit and the prepaid rent are,",
                            "- whether you may keep pets,",
                            "- how much notice you must give when you want to move out.",
                            "When you want to move, you must give notice in writing. For a flat, the notice period is often 3 months.",
                        ],
                        "ar": [
                            "## عقد الإيجار",
                            "عندما تستأجر مسكنًا، توقّع أنت والمؤجّر على <b>عقد إيجار (lejekontrakt)</b>. هو اتفاق على الطريقة التي يمكنك أن تستخدم بها المسكن. اقرأه جيدًا قبل أن توقّع، واطلب المساعدة إذا لم تفهمه. في العقد مكتوب مثلًا:",
                            "- كم يبلغ الإيجار، ومتى يجب أن يُدفع،",
                            "- ما يجب أن تدفعه مقابل التدفئة والماء والكهرباء، وغالبًا يكون مبلغًا ثابتًا كل شهر يُسمّى <i>دفعة مسبقة (aconto)</i>،",
                            "- كم يبلغ مبلغ التأمين (depositum) والإيجار المدفوع مقدّمًا (forudbetalt leje)،",
                            "- هل يُسمح لك بتربية حيوانات أليفة،",
                            "- قبل كم من الوقت يجب أن تُبلغ المؤجّر عندما تريد أن تنتقل، أي مدة الإشعار.",
                            "عندما تريد أن تنتقل، يجب أن تُنهي عقد الإيجار كتابيًا. بالنسبة إلى الشقة، تكون مدة الإشعار غالبًا 3 أشهر.",
                        ],
                        "uk": [
                            "## Договір оренди",
                            "Коли ви винаймаєте житло, ви й орендодавець підписуєте <b>договір оренди (lejekontrakt)</b>. Це угода про те, як ви можете користуватися житлом. Уважно прочитайте його перед підписанням і попросіть допомоги, якщо чогось не розумієте. У договорі, наприклад, зазначено:",
                            "- який розмір орендної плати і коли її треба сплачувати,",
                            "- скільки ви платите за опалення, воду й електрику – часто це фіксована сума щомісяця, яку називають <i>авансовим платежем (aconto)</i>,",
                            "- який розмір застави (depositum) і передоплати оренди (forudbetalt leje),",
                            "- чи можна тримати домашніх тварин,",
                            "- за скільки часу треба попередити орендодавця, коли ви захочете виїхати.",
                            "Коли ви захочете виїхати, треба письмово розірвати договір оренди. Для квартири строк попередження часто становить 3 місяці.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Depositum, forudbetalt leje og husleje",
                            "Når du flytter ind, skal du ofte betale flere ting på én gang:",
                            "- <b>Depositum</b>: et beløb, som udlejeren har som sikkerhed. Det må højst svare til 3 måneders husleje. Du får pengene tilbage, når du flytter. Men udgifterne til at sætte boligen i stand bliver trukket fra.",
                            "- <b>Forudbetalt leje</b>: højst 3 måneders husleje, som dækker de sidste måneder, før du flytter.",
                            "- <b>Den første måneds husleje</b>.",
                            "Du skal betale huslejen forud hver måned, som regel senest den 1. Betal automatisk, fx med Betalingsservice. Så glemmer du den ikke. Betaler du ikke huslejen, kan du i værste fald blive sat ud af din bolig. Har du svært ved at betale? Så kontakt udlejeren eller kommunen hurtigt.",
                        ],
                        "en": [
                            "## Deposit, prepaid rent and rent",
                            "When you move in, you often have to pay several things at once:",
                            "- <b>Deposit</b> (depositum): an amount the landlord keeps as security. It may be no more than 3 months' rent. You get the money back when you move out, minus the cost of putting the home back in order.",
                            "- <b>Prepaid rent</b> (forudbetalt leje): no more than 3 months' rent, which covers the last months before you move out.",
                            "- <b>The first month's rent</b>.",
                            "Rent must be paid in advance every month, usually by the 1st. Set up automatic payment, for example with Betalingsservice, so that you do not forget. If you do not pay the rent, in the worst case you can be evicted. If you have trouble paying, contact the landlord or the municipality quickly.",
                        ],
                        "ar": [
                            "## مبلغ التأمين والإيجار المدفوع مقدّمًا والإيجار الشهري",
                            "عندما تنتقل إلى المسكن، يجب عليك غالبًا أن تدفع عدة أشياء في وقت واحد:",
                            "- <b>مبلغ التأمين (depositum)</b>: مبلغ يحتفظ به المؤجّر ضمانًا. لا يجوز أن يزيد على إيجار 3 أشهر. تسترد المال عندما تغادر المسكن، بعد خصم تكاليف إصلاح المسكن وإعادته إلى حالته.",
                            "- <b>الإيجار المدفوع مقدّمًا (forudbetalt leje)</b>: إيجار 3 أشهر على الأكثر، ويغطي الأشهر الأخيرة قبل أن تغادر المسكن.",
                            "- <b>إيجار الشهر الأول</b>.",
                            "يُدفع الإيجار مقدّمًا كل شهر، وعادةً في موعد أقصاه اليوم الأول من الشهر. اجعل الدفع تلقائيًا، مثلًا عبر Betalingsservice، حتى لا تنساه. إذا لم تدفع الإيجار، فقد تُطرَد من المسكن في أسوأ الحالات. وإذا واجهت صعوبة في الدفع، فتواصل بسرعة مع المؤجّر أو مع البلدية (kommune).",
                        ],
                        "uk": [
                            "## Застава, передоплата і орендна плата",
                            "Під час заселення часто доводиться платити за кілька речей одночасно:",
                            "- <b>Застава (depositum)</b>: сума, яку орендодавець тримає як гарантію. Вона не може перевищувати орендну плату за 3 місяці. Коли ви виїжджаєте, гроші вам повертають за вирахуванням витрат на приведення житла до належного стану.",
                            "- <b>Передоплата оренди (forudbetalt leje)</b>: не більше ніж орендна плата за 3 місяці; вона покриває останні місяці перед виїздом.",
                            "- <b>Орендна плата за перший місяць</b>.",
                            "Орендну плату вносять наперед щомісяця, зазвичай не пізніше 1-го числа. Налаштуйте автоматичний платіж, наприклад через Betalingsservice, щоб не забути. Якщо ви не платите оренду, у найгіршому разі вас можуть виселити. Якщо вам важко платити, швидко зверніться до орендодавця або до комуни (kommune).",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m05-depositum"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Når du flytter ind og ud",
                            "Når du flytter ind, så gå rundt i din nye bolig. Se efter fejl og mangler, fx ridser, huller og ting, der ikke virker. Tag fotos. Skriv alle fejl ned. Send listen til udlejeren senest 14 dage efter, at du er flyttet ind. Så kan du ikke senere blive bedt om at betale for dem. Mange udlejere holder også et <i>indflytningssyn</i> sammen med dig.",
                            "Når du flytter ud, holder udlejeren et <i>fraflytningssyn</i>. Vær med, hvis du kan. Du skal betale for skader, du selv har lavet. I kontrakten kan der også stå, at du skal betale for fx maling, når du flytter.",
                        ],
                        "en": [
                            "## When you move in and out",
                            "When you move in, walk around the home and look for faults and defects, for example scratches, holes and things that do not work. Take photos. Write the faults down and send the list to the landlord no later than 14 days after you move in. Then you cannot be asked to pay for them later. Many landlords also hold a <i>move-in inspection</i> (indflytningssyn) with you.",
                            "When you move out, the landlord holds a <i>move-out inspection</i> (fraflytningssyn). Be there if you can. You must pay for damage you have caused yourself. The lease may also say that you must pay for, for example, painting when you move out.",
                        ],
                        "ar": [
                            "## عند الانتقال إلى المسكن وعند مغادرته",
                            "عندما تنتقل إلى المسكن، تجوّل فيه وابحث عن العيوب والنواقص، مثل الخدوش والثقوب والأشياء التي لا تعمل. التقط صورًا. اكتب العيوب، وأرسل القائمة إلى المؤجّر خلال 14 يومًا على الأكثر من انتقالك. عندها لا يمكن أن يُطلب منك لاحقًا أن تدفع ثمن إصلاحها. وكثير من المؤجّرين يقومون أيضًا معك <i>بمعاينة عند الانتقال (indflytningssyn)</i>.",
                            "عندما تغادر المسكن، يقوم المؤجّر <i>بمعاينة عند المغادرة (fraflytningssyn)</i>. احضرها إذا استطعت. يجب أن تدفع ثمن الأضرار التي سبّبتها بنفسك. وقد يكون مكتوبًا في العقد أيضًا أن عليك أن تدفع مثلًا تكاليف الطلاء عندما تغادر.",
                        ],
                        "uk": [
                            "## Заселення і виїзд",
                            "Коли ви заселяєтеся, обійдіть житло й пошукайте дефекти та недоліки, наприклад подряпини, дірки та речі, які не працюють. Зробіть фото. Запишіть дефекти й надішліть список орендодавцю не пізніше ніж через 14 днів після заселення. Тоді згодом від вас не зможуть вимагати за них платити. Багато орендодавців також проводять разом із вами <i>огляд під час заселення (indflytningssyn)</i>.",
                            "Коли ви виїжджаєте, орендодавець проводить <i>огляд під час виїзду (fraflytningssyn)</i>. Будьте присутні, якщо можете. Ви маєте заплатити за пошкодження, яких завдали самі. У договорі також може бути написано, що під час виїзду ви платите, наприклад, за фарбування.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Boligstøtte",
                            "Bor du til leje og har en lav indkomst? Så kan du måske få <b>boligstøtte</b>. Det er et tilskud til huslejen fra det offentlige. Du søger på borger.dk med MitID. Udbetaling Danmark behandler sagen.",
                            "Hvor meget du kan få, kommer bl.a. an på huslejen, og hvor stor boligen er. Det kommer også an på, hvor mange der bor i boligen, og på husstandens indkomst. På borger.dk kan du regne ud, hvor meget du måske kan få.",
                            "Søg hurtigt: Søg senest 30 dage efter, at du er flyttet ind. Så kan du få boligstøtte fra den dag, du flyttede ind. Husk at give besked, hvis din indkomst ændrer sig, eller hvis I bliver flere eller færre i boligen. Ellers kan du komme til at betale penge tilbage.",
                        ],
                        "en": [
                            "## Housing benefit",
                            "If you rent your home and have a low income, you may be able to get <b>housing benefit</b> (boligstøtte). It is a public contribution towards your rent. You apply on borger.dk with MitID, and Udbetaling Danmark handles the application.",
                            "How much you can get depends on, among other things, the rent, the size of the home, how many people live there and the household's income. On borger.dk you can work out roughly how much you may get.",
                            "Apply quickly: if you apply no later than 30 days after you move in, you can get housing benefit from the day you moved in. Remember to report it if your income or the number of people in the home changes. Otherwise you may have to pay money back.",
                        ],
                        "ar": [
                            "## دعم السكن",
                            "إذا كنت تسكن بالإيجار ودخلك منخفض، فربما تستطيع أن تحصل على <b>دعم السكن (boligstøtte)</b>. هو مساعدة من الدولة لدفع جزء من الإيجار. تتقدّم بالطلب على borger.dk باستخدام MitID، وتعالج هيئةُ Udbetaling Danmark الطلب.",
                            "يعتمد المبلغ الذي يمكن أن تحصل عليه على أمور منها الإيجار ومساحة المسكن وعدد الساكنين فيه ودخل الأسرة. وعلى borger.dk يمكنك أن تحسب تقريبًا كم قد تحصل.",
                            "قدّم الطلب بسرعة: إذا قدّمته خلال 30 يومًا على الأكثر من انتقالك، يمكنك أن تحصل على دعم السكن ابتداءً من يوم انتقالك. وتذكّر أن تُبلغ إذا تغيّر دخلك أو عدد الأشخاص في المسكن، وإلا فقد تضطر إلى إعادة بعض المال.",
                        ],
                        "uk": [
                            "## Житлова допомога",
                            "Якщо ви винаймаєте житло і маєте низький дохід, можливо, ви отримаєте <b>житлову допомогу (boligstøtte)</b>. Це державна допомога на оплату оренди. Заяву подають на borger.dk через MitID, а розглядає її Udbetaling Danmark.",
                            "Сума, яку ви можете отримати, залежить, зокрема, від орендної плати, площі житла, кількості мешканців і доходу домогосподарства. На borger.dk можна приблизно розрахувати, скільки ви можете отримати.",
                            "Подавайте заяву швидко: якщо ви подасте її не пізніше ніж через 30 днів після заселення, допомогу можна отримати з дня, коли ви заселилися. Не забувайте повідомляти, якщо змінюється ваш дохід або кількість людей у житлі. Інакше вам, можливо, доведеться повертати гроші.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m05-boligstoette"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Vigtigt at vide",
                        "en": "Good to know",
                        "ar": "من المهم أن تعرف",
                        "uk": "Важливо знати",
                    },
                    "facts": {
                        "da": [
                            "Læs lejekontrakten grundigt, før du skriver under.",
                            "Depositum og forudbetalt leje må hver højst svare til 3 måneders husleje.",
                            "Send en liste over fejl og mangler til udlejeren senest 14 dage efter, at du er flyttet ind.",
                            "Søg boligstøtte på borger.dk senest 30 dage efter, at du er flyttet ind.",
                            "Opsig skriftligt. For en lejlighed er varslet ofte 3 måneder.",
                        ],
                        "en": [
                            "Read the lease carefully before you sign.",
                            "The deposit and the prepaid rent may each be no more than 3 months' rent.",
                            "Send a list of faults and defects to the landlord no later than 14 days after you move in.",
                            "Apply for housing benefit on borger.dk no later than 30 days after you move in.",
                            "Give notice in writing. For a flat, the notice period is often 3 months.",
                        ],
                        "ar": [
                            "اقرأ عقد الإيجار جيدًا قبل أن توقّع.",
                            "لا يجوز أن يزيد مبلغ التأمين على إيجار 3 أشهر، ولا يجوز أن يزيد الإيجار المدفوع مقدّمًا على إيجار 3 أشهر.",
                            "أرسل قائمة بالعيوب والنواقص إلى المؤجّر خلال 14 يومًا على الأكثر من انتقالك.",
                            "قدّم طلب دعم السكن على borger.dk خلال 30 يومًا على الأكثر من انتقالك.",
                            "أنهِ العقد كتابيًا. بالنسبة إلى الشقة، تكون مدة الإشعار غالبًا 3 أشهر.",
                        ],
                        "uk": [
                            "Уважно прочитайте договір оренди, перш ніж підписати його.",
                            "Застава і передоплата оренди – кожна не більше ніж орендна плата за 3 місяці.",
                            "Надішліть орендодавцю список дефектів і недоліків не пізніше ніж через 14 днів після заселення.",
                            "Подайте заяву на житлову допомогу на borger.dk не пізніше ніж через 30 днів після заселення.",
                            "Розривайте договір письмово. Для квартири строк попередження часто становить 3 місяці.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Råd om lejekontrakt og boligstøtte",
                        "en": "Advice on leases and housing benefit",
                        "ar": "نصائح حول عقد الإيجار ودعم السكن",
                        "uk": "Поради щодо договору оренди і житлової допомоги",
                    },
                    "intro": {
                        "da": "En lejerforening kan rådgive dig om din kontrakt og dine rettigheder. På Life in Denmark kan du læse om bolig og boligstøtte på engelsk.",
                        "en": "A tenants' association can advise you about your lease and your rights. On Life in Denmark you can read about housing and housing benefit in English.",
                        "ar": "يمكن لجمعية المستأجرين (lejerforening) أن تنصحك بشأن عقدك وحقوقك. وعلى موقع Life in Denmark يمكنك أن تقرأ عن السكن ودعم السكن باللغة الإنجليزية.",
                        "uk": "Об’єднання орендарів (lejerforening) може проконсультувати вас щодо договору і ваших прав. На сайті Life in Denmark можна прочитати про житло і житлову допомогу англійською мовою.",
                    },
                    "resources": ["lejernes-lo", "life-in-denmark"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad vil du tjekke, før du skriver under på en lejekontrakt?",
                        "en": "What will you check before you sign a lease?",
                        "ar": "ما الذي ستتحقّق منه قبل أن توقّع على عقد إيجار؟",
                        "uk": "Що ви перевірите, перш ніж підписати договір оренди?",
                    },
                    "hint": {
                        "da": "Tænk på huslejen, udgifterne til varme, vand og el, depositum og varslet, hvis du vil flytte. Skriv dine spørgsmål ned, og tag en person med, som kan hjælpe dig.",
                        "en": "Think about the rent, the costs of heating, water and electricity, the deposit and the notice period if you want to move. Write down your questions and bring someone who can help you.",
                        "ar": "فكّر في الإيجار، وتكاليف التدفئة والماء والكهرباء، ومبلغ التأمين، ومدة الإشعار إذا أردت أن تنتقل. اكتب أسئلتك، وخذ معك شخصًا يستطيع أن يساعدك.",
                        "uk": "Подумайте про орендну плату, витрати на опалення, воду й електрику, заставу і строк попередження, якщо захочете виїхати. Запишіть свої запитання і візьміть із собою людину, яка може вам допомогти.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: lejekontrakt og boligstøtte",
                        "en": "Test yourself: lease and housing benefit",
                        "ar": "اختبر نفسك: عقد الإيجار ودعم السكن",
                        "uk": "Перевірте себе: договір оренди і житлова допомога",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvor stort må et depositum højst være?",
                                "en": "What is the maximum deposit?",
                                "ar": "ما الحد الأقصى لمبلغ التأمين؟",
                                "uk": "Якою найбільше може бути застава?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "3 måneders husleje",
                                        "en": "3 months' rent",
                                        "ar": "إيجار 3 أشهر",
                                        "uk": "Орендна плата за 3 місяці",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "1 års husleje",
                                        "en": "1 year's rent",
                                        "ar": "إيجار سنة كاملة",
                                        "uk": "Орендна плата за 1 рік",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Så meget, som udlejeren vil",
                                        "en": "As much as the landlord wants",
                                        "ar": "أي مبلغ يريده المؤجّر",
                                        "uk": "Стільки, скільки захоче орендодавець",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Loven siger, at depositum højst må svare til 3 måneders husleje.",
                                "en": "The law says that the deposit may be no more than 3 months' rent.",
                                "ar": "ينصّ القانون على ألا يزيد مبلغ التأمين على إيجار 3 أشهر.",
                                "uk": "Закон каже, що застава не може перевищувати орендну плату за 3 місяці.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du er lige flyttet ind og ser et hul i væggen. Hvad gør du?",
                                "en": "You have just moved in and see a hole in the wall. What do you do?",
                                "ar": "انتقلت للتو إلى المسكن ورأيت ثقبًا في الحائط. ماذا تفعل؟",
                                "uk": "Ви щойно заселилися і бачите дірку в стіні. Що ви зробите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Tager et billede og skriver til udlejeren inden for 14 dage",
                                        "en": "Take a photo and write to the landlord within 14 days",
                                        "ar": "تلتقط صورة وتكتب إلى المؤجّر خلال 14 يومًا",
                                        "uk": "Сфотографуєте її і напишете орендодавцю протягом 14 днів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Reparerer det selv uden at sige noget",
                                        "en": "Repair it yourself without saying anything",
                                        "ar": "تصلحه بنفسك دون أن تقول شيئًا",
                                        "uk": "Відремонтуєте самі й нічого не скажете",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Venter, til du flytter ud",
                                        "en": "Wait until you move out",
                                        "ar": "تنتظر حتى تغادر المسكن",
                                        "uk": "Чекатимете, доки не виїдете",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Når du melder fejl inden for 14 dage, kan du ikke senere blive bedt om at betale for dem.",
                                "en": "When you report faults within 14 days, you cannot be asked to pay for them later.",
                                "ar": "عندما تُبلغ عن العيوب خلال 14 يومًا، لا يمكن أن يُطلب منك لاحقًا أن تدفع ثمنها.",
                                "uk": "Якщо ви повідомите про дефекти протягом 14 днів, згодом від вас не зможуть вимагати за них платити.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor søger du boligstøtte?",
                                "en": "Where do you apply for housing benefit?",
                                "ar": "أين تقدّم طلب دعم السكن؟",
                                "uk": "Де ви подаєте заяву на житлову допомогу?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "På borger.dk med MitID",
                                        "en": "On borger.dk with MitID",
                                        "ar": "على borger.dk باستخدام MitID",
                                        "uk": "На borger.dk через MitID",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Hos udlejeren",
                                        "en": "From the landlord",
                                        "ar": "لدى المؤجّر",
                                        "uk": "В орендодавця",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Hos din læge",
                                        "en": "From your doctor",
                                        "ar": "لدى طبيبك",
                                        "uk": "У свого лікаря",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du søger på borger.dk, og Udbetaling Danmark behandler ansøgningen.",
                                "en": "You apply on borger.dk, and Udbetaling Danmark handles the application.",
                                "ar": "تتقدّم بالطلب على borger.dk، وتعالج هيئةُ Udbetaling Danmark الطلب.",
                                "uk": "Ви подаєте заяву на borger.dk, а розглядає її Udbetaling Danmark.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvorfor skal du søge boligstøtte hurtigt?",
                                "en": "Why should you apply for housing benefit quickly?",
                                "ar": "لماذا يجب أن تقدّم طلب دعم السكن بسرعة؟",
                                "uk": "Чому варто швидко подати заяву на житлову допомогу?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Søger du senest 30 dage efter indflytning, kan du få støtte fra den dag, du flyttede ind",
                                        "en": "If you apply within 30 days of moving in, you can get support from the day you moved in",
                                        "ar": "إذا قدّمت الطلب خلال 30 يومًا على الأكثر من انتقالك، يمكنك أن تحصل على الدعم ابتداءً من يوم انتقالك",
                                        "uk": "Якщо подати заяву не пізніше ніж через 30 днів після заселення, допомогу можна отримати з дня заселення",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Fordi man kun kan søge i januar",
                                        "en": "Because you can only apply in January",
                                        "ar": "لأنه لا يمكن التقديم إلا في يناير",
                                        "uk": "Бо подавати заяву можна тільки в січні",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Fordi udlejeren ellers opsiger dig",
                                        "en": "Because otherwise the landlord will end your lease",
                                        "ar": "لأن المؤجّر سيُنهي عقدك إذا لم تفعل",
                                        "uk": "Бо інакше орендодавець розірве з вами договір",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Søger du senere, får du som regel først støtte fra måneden efter, at du har søgt.",
                                "en": "If you apply later, you usually only get support from the month after you applied.",
                                "ar": "إذا قدّمت الطلب لاحقًا، فعادةً لا تحصل على الدعم إلا ابتداءً من الشهر الذي يلي تقديم طلبك.",
                                "uk": "Якщо ви подасте заяву пізніше, допомогу зазвичай отримаєте лише з наступного місяця після подання заяви.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "neighbours-waste-and-moving",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Naboer, affald og flytning",
                "en": "Neighbours, waste and moving",
                "ar": "الجيران والنفايات والانتقال إلى مسكن جديد",
                "uk": "Сусіди, сміття і переїзд",
            },
            "intro": {
                "da": "Husorden, beboerdemokrati, affaldssortering, flytning og hvor du kan klage.",
                "en": "House rules, tenant democracy, waste sorting, moving and where you can complain.",
                "ar": "قواعد السكن، وديمقراطية السكان، وفرز النفايات، والانتقال إلى مسكن جديد، وأين يمكنك أن تقدّم شكوى.",
                "uk": "Правила будинку, демократія мешканців, сортування сміття, переїзд і куди можна поскаржитися.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Husorden og godt naboskab",
                            "Når mange bor tæt sammen, er det vigtigt at tage hensyn til hinanden. I de fleste boligområder er der en <b>husorden</b>. Det er regler for, hvordan man bor sammen. Du får den, når du flytter ind. Ellers så spørg efter den. Den handler fx om:",
                            "- støj, fx hvornår der skal være ro om aftenen og natten,",
                            "- vaskeriet, fx hvordan du booker tid, og at du gør rent efter dig,",
                            "- trappe og kælder, hvor man ikke må stille sine ting,",
                            "- altan og gård, fx om du må grille, og hvor børn må lege,",
                            "- husdyr og rygning.",
                            "Mange steder er der en ejendomsfunktionær eller vicevært. Sig til dem, hvis noget går i stykker. Det er normalt at hilse på sine naboer. Det er også normalt at sige det til dem, hvis man holder fest. Er der et problem med en nabo? Så tal roligt med naboen først. Hjælper det ikke, kan du gå til udlejeren eller boligorganisationen.",
                        ],
                        "en": [
                            "## House rules and being a good neighbour",
                            "When many people live close together, it is important to be considerate of each other. Most housing areas have <b>house rules</b> (husorden). These are rules for how the residents live together. You get them when you move in. If not, ask for them. The house rules are about, for example:",
                            "- noise, for example when it should be quiet in the evening and at night,",
                            "- the laundry room, for example how to book a time and that you clean up after yourself,",
                            "- stairs and basement, where you must not leave your things,",
                            "- balcony and courtyard, for example whether you may barbecue and where children may play,",
                            "- pets and smoking.",
                            "In many places there is a caretaker (ejendomsfunktionær or vicevært) whom you can contact if something breaks. It is common to say hello to your neighbours and to tell them if you are having a party. If there is a problem with a neighbour, talk calmly with the neighbour first. If that does not help, you can contact the landlord or the housing organisation.",
                        ],
                        "ar": [
                            "## قواعد السكن وحسن الجوار",
                            "عندما يسكن كثير من الناس قريبين بعضهم من بعض، من المهم أن يراعي كلٌّ منهم الآخرين. في معظم المناطق السكنية توجد <b>قواعد السكن (husorden)</b>. وهي قواعد تنظّم حياة السكان معًا. تحصل عليها عندما تنتقل إلى المسكن، وإن لم تحصل عليها فاطلبها. تتناول قواعد السكن مثلًا:",
                            "- الضجيج، مثلًا متى يجب أن يكون هناك هدوء في المساء والليل،",
                            "- غرفة الغسيل، مثلًا كيف تحجز موعدًا، وأن تنظّف المكان بعد استخدامه،",
                            "- الدرج والقبو، حيث لا يُسمح لك بترك أغراضك،",
                            "- الشرفة والفناء، مثلًا هل يُسمح لك بالشواء، وأين يمكن للأطفال أن يلعبوا،",
                            "- الحيوانات الأليفة والتدخين.",
                            "في أماكن كثيرة يوجد عامل صيانة للمبنى (ejendomsfunktionær أو vicevært) يمكنك أن تتواصل معه إذا تعطّل شيء. ومن المعتاد أن تُلقي التحية على الجيران، وأن تُخبرهم إذا كنت ستقيم حفلة. وإذا كانت هناك مشكلة مع أحد الجيران، فتحدّث معه بهدوء أولًا. وإذا لم يُفِد ذلك، يمكنك أن تتواصل مع المؤجّر أو مع منظمة الإسكان.",
                        ],
                        "uk": [
                            "## Правила будинку і добросусідство",
                            "Коли багато людей живуть поруч, важливо зважати одне на одного. У більшості житлових районів є <b>правила будинку (husorden)</b>. Це правила того, як мешканці живуть разом. Ви отримуєте їх під час заселення. Якщо ні – попросіть їх. Правила будинку стосуються, наприклад:",
                            "- шуму, наприклад коли ввечері та вночі має бути тихо,",
                            "- пральні, наприклад як записатися на час і що після себе треба прибрати,",
                            "- сходів і підвалу, де не можна залишати свої речі,",
                            "- балкона і двору, наприклад чи можна смажити на грилі і де можуть гратися діти,",
                            "- домашніх тварин і куріння.",
                            "У багатьох місцях є доглядач будинку (ejendomsfunktionær або vicevært), до якого можна звернутися, якщо щось зламалося. Із сусідами зазвичай вітаються, а якщо влаштовують свято, їх попереджають. Якщо із сусідом виникла проблема, спершу спокійно поговоріть із ним. Якщо це не допоможе, можна звернутися до орендодавця або житлової організації.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m05-husorden"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Beboerdemokrati",
                            "I en almen bolig har beboerne indflydelse. Det kaldes <b>beboerdemokrati</b>. Mindst en gang om året er der et <i>afdelingsmøde</i>. Her stemmer man fx om husordenen og om budgettet. Budgettet har noget at sige for huslejen. Beboerne vælger også en afdelingsbestyrelse. Du kan selv stille op. Det er en god måde at lære dine naboer og dansk demokrati at kende.",
                            "## Sortering af affald",
                            "I Danmark skal alle husstande sortere deres affald. Så kan så meget som muligt bruges igen. Der bruges de samme billeder (piktogrammer) på affaldsbeholderne i hele landet. Du sorterer i 10 slags: madaffald, papir, pap, glas, metal, plast, mad- og drikkekartoner, tekstiler, farligt affald og restaffald.",
                            "Farligt affald er fx batterier, maling og kemikalier. Det må ikke komme i restaffaldet. Store ting som møbler kaldes <i>storskrald</i>. Du kan tage dem med til en genbrugsplads. Det koster ikke ekstra for private. Du kan også bruge kommunens ordning for storskrald. Flasker og dåser med pant kan du tage med til butikken. Så får du pantet tilbage. På kommunens hjemmeside kan du se, hvilke dage dit affald bliver hentet.",
                        ],
                        "en": [
                            "## Tenant democracy",
                            "In non-profit housing, the residents have a say. This is called <b>tenant democracy</b> (beboerdemokrati). At least once a year there is a <i>residents' meeting</i> (afdelingsmøde), where the residents vote on, for example, the house rules and the budget, which affects the rent. The residents also elect a residents' board, and you can stand for election yourself. It is a good way to get to know your neighbours and Danish democracy.",
                            "## Sorting your waste",
                            "In Denmark, all households must sort their waste so that as much as possible can be recycled. The same pictures (pictograms) are used on the bins all over the country. Waste is sorted into 10 types: food waste, paper, cardboard, glass, metal, plastic, food and drink cartons, textiles, hazardous waste and residual waste.",
                            "Hazardous waste is, for example, batteries, paint and chemicals. It must not go in the residual waste. Large items such as furniture are called <i>bulky waste</i> (storskrald). You can take them to a recycling centre (genbrugsplads), which costs nothing extra for private people, or use the municipality's bulky waste collection. Bottles and cans with a deposit (pant) can be returned in shops to get the money back. On the municipality's website you can see when your waste is collected.",
                        ],
                        "ar": [
                            "## ديمقراطية السكان",
                            "في السكن غير الربحي (almen bolig) يشارك السكان في اتخاذ القرارات. ويُسمّى هذا <b>ديمقراطية السكان (beboerdemokrati)</b>. مرة واحدة على الأقل كل سنة يُعقد <i>اجتماع السكان (afdelingsmøde)</i>، حيث يصوّت السكان مثلًا على قواعد السكن وعلى الميزانية التي تؤثّر في الإيجار. ويختار السكان أيضًا مجلسًا للسكان (afdelingsbestyrelse)، ويمكنك أن ترشّح نفسك له. إنها طريقة جيدة للتعرّف على جيرانك وعلى الديمقراطية الدنماركية.",
                            "## فرز النفايات",
                            "في الدنمارك يجب على جميع الأسر أن تفرز نفاياتها، حتى يمكن إعادة تدوير أكبر قدر ممكن منها. وتُستخدم الصور نفسها (piktogrammer) على حاويات النفايات في كل أنحاء البلاد. تُفرز النفايات إلى 10 أنواع: بقايا الطعام، والورق، والكرتون، والزجاج، والمعادن، والبلاستيك، وعلب الطعام والمشروبات الكرتونية، والمنسوجات، والنفايات الخطرة، والنفايات المتبقية (restaffald).",
                            "النفايات الخطرة هي مثلًا البطاريات والطلاء والمواد الكيميائية. لا يجوز وضعها مع النفايات المتبقية. الأشياء الكبيرة مثل الأثاث تُسمّى <i>النفايات الكبيرة (storskrald)</i>. يمكنك أن تأخذها إلى مركز إعادة التدوير (genbrugsplads)، وهذا لا يكلّف الأفراد شيئًا إضافيًا، أو أن تستخدم خدمة البلدية (kommune) لجمع النفايات الكبيرة. ويمكنك أن تعيد الزجاجات والعلب المعدنية التي عليها مبلغ استرداد (pant) إلى المتجر وتسترد المال. وعلى موقع البلدية يمكنك أن ترى متى تُجمع نفاياتك.",
                        ],
                        "uk": [
                            "## Демократія мешканців",
                            "У неприбутковому житлі (almen bolig) мешканці впливають на рішення. Це називається <b>демократією мешканців (beboerdemokrati)</b>. Щонайменше раз на рік відбуваються <i>збори мешканців (afdelingsmøde)</i>, де мешканці голосують, наприклад, за правила будинку і за бюджет, від якого залежить орендна плата. Мешканці також обирають раду мешканців (afdelingsbestyrelse), і ви самі можете висунути свою кандидатуру. Це добрий спосіб познайомитися із сусідами і з данською демократією.",
                            "## Сортування сміття",
                            "У Данії всі домогосподарства мають сортувати сміття, щоб якомога більше можна було переробити. На контейнерах для сміття по всій країні використовують однакові малюнки (piktogrammer). Сміття сортують на 10 видів: харчові відходи, папір, картон, скло, метал, пластик, картонні пакети з-під їжі та напоїв, текстиль, небезпечні відходи і залишкові відходи (restaffald).",
                            "Небезпечні відходи – це, наприклад, батарейки, фарба і хімікати. Їх не можна викидати до залишкових відходів. Великі речі, як-от меблі, називають <i>великогабаритним сміттям (storskrald)</i>. Їх можна відвезти на пункт прийому відходів (genbrugsplads), де для приватних осіб це не коштує додатково, або скористатися послугою комуни (kommune) з вивезення великогабаритного сміття. Пляшки та бляшанки із заставною вартістю (pant) можна здати в магазині й отримати гроші назад. На сайті комуни можна подивитися, коли вивозять ваше сміття.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Når du flytter",
                            "Når du flytter, skal du <b>melde flytning</b> senest 5 dage efter, at du er flyttet. Det gør du på borger.dk med MitID. Så bliver din nye adresse skrevet ind i CPR. Mange offentlige myndigheder får så automatisk besked. Flytter du langt væk? Så kan du også vælge en ny læge, når du melder flytning. Du får automatisk et nyt sundhedskort. Husk også at:",
                            "- opsige din gamle bolig på skrift og i god tid,",
                            "- flytte eller opsige el, internet og andre aftaler,",
                            "- give besked til dit barns skole eller dagtilbud,",
                            "- flytte din indboforsikring. Den dækker dine ting, fx ved brand eller tyveri. Den er frivillig, men de fleste har en,",
                            "- søge boligstøtte igen til den nye bolig, hvis du får boligstøtte.",
                        ],
                        "en": [
                            "## When you move",
                            "When you move, you must <b>register your move</b> (melde flytning) no later than 5 days after moving. You do this on borger.dk with MitID. Your new address is then registered in the CPR, and many public authorities are informed automatically. When you register the move, you can also choose a new doctor if you are moving far away. You automatically get a new health card. Also remember to:",
                            "- give notice on your old home in writing and in good time,",
                            "- move or cancel electricity, internet and other agreements,",
                            "- tell your child's school or daycare,",
                            "- move your contents insurance (indboforsikring). It covers your belongings, for example in case of fire or theft. It is voluntary, but most people have it,",
                            "- apply for housing benefit again for the new home if you receive housing benefit.",
                        ],
                        "ar": [
                            "## عندما تنتقل إلى مسكن جديد",
                            "عندما تنتقل، يجب أن <b>تسجّل انتقالك (melde flytning)</b> خلال 5 أيام على الأكثر من انتقالك. تفعل ذلك على borger.dk باستخدام MitID. عندها يُسجَّل عنوانك الجديد في CPR، وتصل المعلومة تلقائيًا إلى كثير من الجهات الرسمية. وعندما تسجّل انتقالك، يمكنك أيضًا أن تختار طبيبًا جديدًا إذا انتقلت إلى مكان بعيد. وستصلك بطاقة صحة جديدة (sundhedskort) تلقائيًا. وتذكّر أيضًا أن:",
                            "- تُنهي عقد مسكنك القديم كتابيًا وفي وقت مبكر،",
                            "- تنقل أو تُلغي اشتراكات الكهرباء والإنترنت والاتفاقات الأخرى،",
                            "- تُبلغ مدرسة طفلك أو مكان رعايته النهارية (dagtilbud)،",
                            "- تنقل تأمين محتويات المنزل (indboforsikring) إلى العنوان الجديد. هذا التأمين يغطي أغراضك، مثلًا في حالة الحريق أو السرقة. وهو اختياري، لكن معظم الناس لديهم هذا التأمين،",
                            "- تقدّم طلبًا جديدًا لدعم السكن (boligstøtte) للمسكن الجديد، إذا كنت تحصل على دعم السكن.",
                        ],
                        "uk": [
                            "## Коли ви переїжджаєте",
                            "Коли ви переїжджаєте, треба <b>повідомити про переїзд (melde flytning)</b> не пізніше ніж через 5 днів після переїзду. Це роблять на borger.dk через MitID. Тоді вашу нову адресу реєструють у CPR, і багато державних установ отримують повідомлення автоматично. Повідомляючи про переїзд, ви також можете вибрати нового лікаря, якщо переїжджаєте далеко. Нову медичну картку (sundhedskort) ви отримаєте автоматично. Пам’ятайте також, що треба:",
                            "- письмово і заздалегідь розірвати договір оренди старого житла,",
                            "- перенести на нову адресу або скасувати договори на електрику, інтернет та інші послуги,",
                            "- повідомити школу вашої дитини або заклад денного догляду за дітьми (dagtilbud),",
                            "- перенести на нову адресу страхування домашнього майна (indboforsikring). Воно покриває ваші речі, наприклад у разі пожежі чи крадіжки. Воно добровільне, але більшість людей його має,",
                            "- знову подати заяву на житлову допомогу (boligstøtte) для нового житла, якщо ви її отримуєте.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Vigtigt at vide",
                        "en": "Good to know",
                        "ar": "من المهم أن تعرف",
                        "uk": "Важливо знати",
                    },
                    "facts": {
                        "da": [
                            "Følg husordenen, og tag hensyn til dine naboer.",
                            "I en almen bolig kan du være med i beboerdemokratiet.",
                            "Alle husstande skal sortere affald i 10 slags.",
                            "Meld flytning på borger.dk senest 5 dage efter, at du er flyttet.",
                            "Huslejenævnet (privat leje) og Beboerklagenævnet (almen bolig) behandler uenigheder mellem lejer og udlejer.",
                        ],
                        "en": [
                            "Follow the house rules and be considerate of your neighbours.",
                            "In non-profit housing you can take part in tenant democracy.",
                            "All households must sort their waste into 10 types.",
                            "Register your move on borger.dk no later than 5 days after moving.",
                            "The Rent Tribunal (private rentals) and the Residents' Complaints Board (non-profit housing) deal with disagreements between tenant and landlord.",
                        ],
                        "ar": [
                            "اتبع قواعد السكن، وراعِ جيرانك.",
                            "في السكن غير الربحي يمكنك أن تشارك في ديمقراطية السكان.",
                            "يجب على جميع الأسر أن تفرز النفايات إلى 10 أنواع.",
                            "سجّل انتقالك على borger.dk خلال 5 أيام على الأكثر من انتقالك.",
                            "تنظر لجنة الإيجارات (Huslejenævnet) في الخلافات بين المستأجر والمؤجّر في السكن الخاص، وتنظر فيها لجنة شكاوى السكان (Beboerklagenævnet) في السكن غير الربحي.",
                        ],
                        "uk": [
                            "Дотримуйтеся правил будинку і зважайте на сусідів.",
                            "У неприбутковому житлі ви можете брати участь у демократії мешканців.",
                            "Усі домогосподарства мають сортувати сміття на 10 видів.",
                            "Повідомте про переїзд на borger.dk не пізніше ніж через 5 днів після переїзду.",
                            "Суперечки між орендарем і орендодавцем розглядає комісія з орендних спорів (Huslejenævnet) – для приватного житла – і комісія зі скарг мешканців (Beboerklagenævnet) – для неприбуткового житла.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Når du er uenig med udlejeren",
                            "Nogle gange er lejer og udlejer uenige. Det kan fx være om huslejen, om ting, der skal laves, eller om, hvor meget af depositummet du får tilbage. Tal først med udlejeren. Skriv jeres aftaler ned.",
                            "Kan I ikke blive enige, og bor du privat til leje? Så kan du klage til <b>Huslejenævnet</b>. Bor du i en almen bolig, hedder det <b>Beboerklagenævnet</b>. Nævnene er nedsat af kommunen. Det koster et lille gebyr at klage. Du kan også få hjælp fra en lejerforening.",
                            "Udlejeren må ikke bare smide dig ud. Som lejer er du godt beskyttet af loven. Udlejeren kan kun opsige dig af bestemte grunde.",
                        ],
                        "en": [
                            "## When you disagree with the landlord",
                            "Sometimes tenant and landlord disagree, for example about the rent, repairs or how much of the deposit you get back. First talk to the landlord, and write down what you agree.",
                            "If you cannot agree, you can complain to the <b>Rent Tribunal</b> (Huslejenævnet) if you rent privately. If you live in non-profit housing, it is called the <b>Residents' Complaints Board</b> (Beboerklagenævnet). The boards are set up by the municipality, and there is a small fee to complain. You can also get help from a tenants' association.",
                            "The landlord cannot just throw you out. As a tenant you are well protected by law, and the landlord can only end your lease for specific reasons.",
                        ],
                        "ar": [
                            "## عندما تختلف مع المؤجّر",
                            "أحيانًا يختلف المستأجر والمؤجّر، مثلًا حول الإيجار أو الإصلاحات، أو حول الجزء الذي ستسترده من مبلغ التأمين. تحدّث مع المؤجّر أولًا، واكتبا ما تتفقان عليه.",
                            "إذا لم تتمكّنا من الاتفاق، يمكنك أن تقدّم شكوى إلى <b>لجنة الإيجارات (Huslejenævnet)</b> إذا كنت تستأجر من مالك خاص. أما إذا كنت تسكن في سكن غير ربحي، فتُسمّى الجهة <b>لجنة شكاوى السكان (Beboerklagenævnet)</b>. البلدية هي التي تُنشئ هاتين اللجنتين، وتقديم الشكوى يكلّف رسمًا صغيرًا. ويمكنك أيضًا أن تحصل على مساعدة من جمعية للمستأجرين (lejerforening).",
                            "لا يجوز للمؤجّر أن يطردك ببساطة. فالقانون يحميك جيدًا كمستأجر، ولا يستطيع المؤجّر أن يُنهي عقدك إلا لأسباب محدّدة.",
                        ],
                        "uk": [
                            "## Коли ви не згодні з орендодавцем",
                            "Іноді орендар і орендодавець не можуть дійти згоди, наприклад щодо орендної плати, ремонту або того, яку частину застави вам повернуть. Спершу поговоріть з орендодавцем і запишіть, про що ви домовилися.",
                            "Якщо ви не можете домовитися, можна поскаржитися до <b>комісії з орендних спорів (Huslejenævnet)</b>, якщо ви орендуєте приватне житло. Якщо ви живете в неприбутковому житлі, це <b>комісія зі скарг мешканців (Beboerklagenævnet)</b>. Ці комісії створює комуна, а за скаргу треба сплатити невеликий збір. Також можна отримати допомогу в об’єднанні орендарів (lejerforening).",
                            "Орендодавець не може просто вас виселити. Закон добре захищає орендарів, і орендодавець може розірвати з вами договір лише з певних причин.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Hjælp som lejer",
                        "en": "Help for tenants",
                        "ar": "مساعدة للمستأجرين",
                        "uk": "Допомога для орендарів",
                    },
                    "intro": {
                        "da": "En lejerforening kan rådgive dig, hvis du er uenig med din udlejer. BL har information om beboerdemokrati i almene boliger.",
                        "en": "A tenants' association can advise you if you disagree with your landlord. BL has information about tenant democracy in non-profit housing.",
                        "ar": "يمكن لجمعية المستأجرين أن تنصحك إذا كنت مختلفًا مع المؤجّر. ولدى BL معلومات عن ديمقراطية السكان في السكن غير الربحي.",
                        "uk": "Об’єднання орендарів може проконсультувати вас, якщо ви не згодні з орендодавцем. BL має інформацію про демократію мешканців у неприбутковому житлі.",
                    },
                    "resources": ["lejernes-lo", "m05-bl"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad kan du gøre for at få en god kontakt med dine naboer?",
                        "en": "What can you do to get on well with your neighbours?",
                        "ar": "ماذا يمكنك أن تفعل لتكون علاقتك جيدة بجيرانك؟",
                        "uk": "Що ви можете зробити, щоб мати добрі стосунки із сусідами?",
                    },
                    "hint": {
                        "da": "Tænk på små ting: at hilse, at fortælle om en fest på forhånd eller at komme til et afdelingsmøde eller en fælles arbejdsdag i boligområdet.",
                        "en": "Think about small things: saying hello, telling people about a party in advance, or coming to a residents' meeting or a shared work day in the housing area.",
                        "ar": "فكّر في أشياء صغيرة: أن تُلقي التحية، وأن تُخبر الجيران مسبقًا عن حفلة، أو أن تحضر اجتماع السكان أو يوم عمل جماعي في المنطقة السكنية.",
                        "uk": "Подумайте про дрібниці: вітатися, заздалегідь попереджати про свято, прийти на збори мешканців або на спільний день праці у вашому житловому районі.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: naboer, affald og flytning",
                        "en": "Test yourself: neighbours, waste and moving",
                        "ar": "اختبر نفسك: الجيران والنفايات والانتقال",
                        "uk": "Перевірте себе: сусіди, сміття і переїзд",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du er flyttet til en ny adresse. Hvornår skal du senest melde flytning?",
                                "en": "You have moved to a new address. When must you register the move at the latest?",
                                "ar": "انتقلت إلى عنوان جديد. ما آخر موعد لتسجيل انتقالك؟",
                                "uk": "Ви переїхали на нову адресу. Коли найпізніше треба повідомити про переїзд?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "5 dage efter, at du er flyttet",
                                        "en": "5 days after you move",
                                        "ar": "بعد 5 أيام من انتقالك",
                                        "uk": "Через 5 днів після переїзду",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "3 måneder efter, at du er flyttet",
                                        "en": "3 months after you move",
                                        "ar": "بعد 3 أشهر من انتقالك",
                                        "uk": "Через 3 місяці після переїзду",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det er ikke nødvendigt at melde flytning",
                                        "en": "It is not necessary to register a move",
                                        "ar": "ليس من الضروري تسجيل الانتقال",
                                        "uk": "Повідомляти про переїзд не обов’язково",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du skal melde flytning på borger.dk senest 5 dage efter, at du er flyttet.",
                                "en": "You must register your move on borger.dk no later than 5 days after moving.",
                                "ar": "يجب أن تسجّل انتقالك على borger.dk خلال 5 أيام على الأكثر من انتقالك.",
                                "uk": "Ви маєте повідомити про переїзд на borger.dk не пізніше ніж через 5 днів після переїзду.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor skal brugte batterier hen?",
                                "en": "Where should used batteries go?",
                                "ar": "أين يجب أن تضع البطاريات المستعملة؟",
                                "uk": "Куди треба викидати використані батарейки?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Farligt affald",
                                        "en": "Hazardous waste",
                                        "ar": "مع النفايات الخطرة",
                                        "uk": "До небезпечних відходів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Restaffald",
                                        "en": "Residual waste",
                                        "ar": "مع النفايات المتبقية",
                                        "uk": "До залишкових відходів",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Madaffald",
                                        "en": "Food waste",
                                        "ar": "مع بقايا الطعام",
                                        "uk": "До харчових відходів",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Batterier er farligt affald og må ikke komme i restaffaldet.",
                                "en": "Batteries are hazardous waste and must not go in the residual waste.",
                                "ar": "البطاريات نفايات خطرة، ولا يجوز وضعها مع النفايات المتبقية.",
                                "uk": "Батарейки – це небезпечні відходи, їх не можна викидати до залишкових відходів.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du bor privat til leje, og du og udlejeren er uenige om dit depositum. Hvor kan du klage?",
                                "en": "You rent privately, and you and the landlord disagree about your deposit. Where can you complain?",
                                "ar": "أنت تستأجر مسكنًا من مالك خاص، وأنت والمؤجّر مختلفان حول مبلغ التأمين. أين يمكنك أن تقدّم شكوى؟",
                                "uk": "Ви орендуєте приватне житло, і ви з орендодавцем не згодні щодо вашої застави. Куди можна поскаржитися?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Til Huslejenævnet",
                                        "en": "To the Rent Tribunal (Huslejenævnet)",
                                        "ar": "إلى لجنة الإيجارات (Huslejenævnet)",
                                        "uk": "До комісії з орендних спорів (Huslejenævnet)",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Til Folketinget",
                                        "en": "To the Folketing (Folketinget)",
                                        "ar": "إلى البرلمان (Folketinget)",
                                        "uk": "До Фолькетингу (Folketinget)",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Til lægevagten",
                                        "en": "To the out-of-hours doctor",
                                        "ar": "إلى طبيب المناوبة (lægevagt)",
                                        "uk": "До чергового лікаря (lægevagt)",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Huslejenævnet behandler uenigheder i private lejeboliger, fx om depositum. I almene boliger er det Beboerklagenævnet.",
                                "en": "The Rent Tribunal deals with disagreements in private rentals, for example about deposits. In non-profit housing it is the Residents' Complaints Board.",
                                "ar": "تنظر لجنة الإيجارات في الخلافات في المساكن المؤجَّرة من مالكين خاصين، مثلًا حول مبلغ التأمين. أما في السكن غير الربحي فالجهة هي لجنة شكاوى السكان (Beboerklagenævnet).",
                                "uk": "Комісія з орендних спорів розглядає суперечки щодо приватного орендованого житла, наприклад щодо застави. Для неприбуткового житла це комісія зі скарг мешканців (Beboerklagenævnet).",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en husorden?",
                                "en": "What are house rules (husorden)?",
                                "ar": "ما هي قواعد السكن (husorden)؟",
                                "uk": "Що таке правила будинку (husorden)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Regler for, hvordan beboerne bor sammen i ejendommen",
                                        "en": "Rules for how the residents live together in the building",
                                        "ar": "قواعد تنظّم كيف يعيش السكان معًا في المبنى",
                                        "uk": "Правила того, як мешканці живуть разом у будинку",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En liste over møblerne i boligen",
                                        "en": "A list of the furniture in the home",
                                        "ar": "قائمة بالأثاث الموجود في المسكن",
                                        "uk": "Список меблів у житлі",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et brev fra kommunen om skat",
                                        "en": "A letter from the municipality about tax",
                                        "ar": "رسالة من البلدية حول الضرائب",
                                        "uk": "Лист від комуни про податки",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Husordenen handler fx om støj, vaskeri, affald og brug af fælles arealer.",
                                "en": "The house rules cover, for example, noise, the laundry room, waste and the use of shared areas.",
                                "ar": "تتناول قواعد السكن مثلًا الضجيج وغرفة الغسيل والنفايات واستخدام الأماكن المشتركة.",
                                "uk": "Правила будинку стосуються, наприклад, шуму, пральні, сміття і користування спільними приміщеннями.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
