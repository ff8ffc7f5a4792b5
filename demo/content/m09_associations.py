"""Module 9: associations, volunteering and the local community (elective)."""

GLOSSARY = {
    "m09-forening": {
        "term": {
            "da": "Forening",
            "en": "Association (forening)",
            "ar": "جمعية (forening)",
            "uk": "Об'єднання (forening)",
        },
        "explanation": {
            "da": "En gruppe mennesker, der arbejder sammen om en fælles interesse, fx sport, musik eller et boligområde. Medlemmerne bestemmer sammen, og foreningen skal ikke tjene penge til ejere.",
            "en": "A group of people who work together on a shared interest, for example sport, music or a housing estate. The members decide together, and the association does not make money for owners.",
            "ar": "مجموعة من الناس يعملون معاً حول اهتمام مشترك، مثل الرياضة أو الموسيقى أو حيّ سكني. يتخذ الأعضاء القرارات معاً، والجمعية لا تهدف إلى تحقيق أرباح لمالكين.",
            "uk": "Група людей, які разом займаються спільною справою, наприклад спортом, музикою чи життям житлового кварталу. Члени ухвалюють рішення разом, а об'єднання не заробляє гроші для власників.",
        },
    },
    "m09-kontingent": {
        "term": {
            "da": "Kontingent",
            "en": "Membership fee (kontingent)",
            "ar": "رسوم العضوية (kontingent)",
            "uk": "Членський внесок (kontingent)",
        },
        "explanation": {
            "da": "Det beløb, du betaler for at være medlem af en forening, fx hvert halve år eller hvert år. Kontingentet bruges på foreningens aktiviteter.",
            "en": "The amount you pay to be a member of an association, for example every six months or every year. The fee is used for the association's activities.",
            "ar": "المبلغ الذي تدفعه لتكون عضواً في جمعية، مثلاً كل نصف سنة أو كل سنة. تُستخدم الرسوم في أنشطة الجمعية.",
            "uk": "Сума, яку ви платите, щоб бути членом об'єднання, наприклад раз на пів року або раз на рік. Внески йдуть на діяльність об'єднання.",
        },
    },
    "m09-generalforsamling": {
        "term": {
            "da": "Generalforsamling",
            "en": "General meeting (generalforsamling)",
            "ar": "الجمعية العمومية (generalforsamling)",
            "uk": "Загальні збори (generalforsamling)",
        },
        "explanation": {
            "da": "Foreningens vigtigste møde, som regel én gang om året. Alle medlemmer må komme og stemme. Her vælger man bestyrelse, godkender regnskabet og stemmer om forslag.",
            "en": "The association's most important meeting, usually once a year. All members may come and vote. The meeting elects the board, approves the accounts and votes on proposals.",
            "ar": "أهم اجتماع في الجمعية، ويُعقد عادةً مرة واحدة في السنة. يحق لجميع الأعضاء الحضور والتصويت. في هذا الاجتماع يُنتخب مجلس الإدارة، وتُعتمد الحسابات، ويُصوَّت على المقترحات.",
            "uk": "Найважливіші збори об'єднання, зазвичай раз на рік. Усі члени можуть прийти й голосувати. Тут обирають правління, затверджують фінансовий звіт і голосують за пропозиції.",
        },
    },
    "m09-bestyrelse": {
        "term": {
            "da": "Bestyrelse",
            "en": "Board (bestyrelse)",
            "ar": "مجلس الإدارة (bestyrelse)",
            "uk": "Правління (bestyrelse)",
        },
        "explanation": {
            "da": "En gruppe medlemmer, der bliver valgt på generalforsamlingen til at lede foreningen i hverdagen. Bestyrelsen har typisk en formand og en kasserer.",
            "en": "A group of members who are elected at the general meeting to run the association from day to day. The board usually has a chair and a treasurer.",
            "ar": "مجموعة من الأعضاء يُنتخبون في الجمعية العمومية لإدارة شؤون الجمعية اليومية. يضم المجلس عادةً رئيساً (formand) وأميناً للصندوق (kasserer).",
            "uk": "Група членів, яких обирають на загальних зборах, щоб керувати об'єднанням у повсякденних справах. Зазвичай у правлінні є голова (formand) і скарбник (kasserer).",
        },
    },
    "m09-beboerdemokrati": {
        "term": {
            "da": "Beboerdemokrati",
            "en": "Tenant democracy (beboerdemokrati)",
            "ar": "ديمقراطية السكان (beboerdemokrati)",
            "uk": "Демократія мешканців (beboerdemokrati)",
        },
        "explanation": {
            "da": "I almene boliger bestemmer beboerne selv over en del af tingene i deres afdeling. På det årlige afdelingsmøde kan alle beboere stemme, fx om husorden og fællesarealer, og vælge en afdelingsbestyrelse.",
            "en": "In social housing (almene boliger), the tenants decide on some things in their estate themselves. At the yearly estate meeting (afdelingsmøde), all tenants can vote, for example on house rules and shared areas, and elect an estate board.",
            "ar": "في المساكن الاجتماعية (almene boliger) يقرّر السكان بأنفسهم بعض الأمور في مجمّعهم السكني. في الاجتماع السنوي للسكان (afdelingsmøde) يمكن لجميع السكان التصويت، مثلاً على قواعد السكن والمساحات المشتركة، وانتخاب مجلس للمجمّع.",
            "uk": "У соціальному житлі (almene boliger) мешканці самі вирішують частину питань свого житлового комплексу. На щорічних зборах мешканців (afdelingsmøde) усі можуть голосувати, наприклад щодо правил будинку та спільних територій, і обирати правління комплексу.",
        },
    },
}

RESOURCES = {
    "m09-dgi": {
        "name": {
            "da": "DGI",
            "en": "DGI – sports clubs in Denmark",
            "ar": "DGI – الأندية الرياضية في الدنمارك",
            "uk": "DGI – спортивні клуби Данії",
        },
        "category": "culture",
        "description": {
            "da": "En landsorganisation for idrætsforeninger i hele Danmark. På hjemmesiden kan du læse om sport og finde aktiviteter og foreninger for børn og voksne.",
            "en": "A national organisation for sports clubs all over Denmark. On the website you can read about sport and find activities and clubs for children and adults.",
            "ar": "منظمة وطنية للأندية الرياضية في كل أنحاء الدنمارك. على الموقع يمكنك أن تقرأ عن الرياضة وأن تجد أنشطة وأندية للأطفال والكبار.",
            "uk": "Загальнонаціональна організація спортивних клубів по всій Данії. На сайті можна почитати про спорт і знайти заходи та клуби для дітей і дорослих.",
        },
        "url": "https://www.dgi.dk/",
        "city": "",
    },
    "m09-frise": {
        "name": {
            "da": "Frivilligcentre og Selvhjælp Danmark (FriSe)",
            "en": "Frivilligcentre og Selvhjælp Danmark (FriSe) – volunteer centres",
            "ar": "Frivilligcentre og Selvhjælp Danmark (FriSe) – مراكز التطوع",
            "uk": "Frivilligcentre og Selvhjælp Danmark (FriSe) – волонтерські центри",
        },
        "category": "volunteering",
        "description": {
            "da": "Landsorganisationen for de lokale frivilligcentre. Et frivilligcenter hjælper dig med at finde frivilligt arbejde og fællesskaber, hvor du bor. På hjemmesiden kan du finde det nærmeste frivilligcenter.",
            "en": "The national organisation for local volunteer centres. A volunteer centre helps you find voluntary work and communities where you live. On the website you can find the nearest volunteer centre.",
            "ar": "المنظمة الوطنية لمراكز التطوع المحلية. يساعدك مركز التطوع على إيجاد عمل تطوعي وأنشطة جماعية في المكان الذي تعيش فيه. على الموقع يمكنك أن تجد أقرب مركز تطوع إليك.",
            "uk": "Загальнонаціональна організація місцевих волонтерських центрів. Волонтерський центр допоможе знайти волонтерську роботу та спільноти там, де ви живете. На сайті можна знайти найближчий центр.",
        },
        "url": "https://frise.dk/",
        "city": "",
    },
    "m09-ereolen": {
        "name": {"da": "eReolen", "en": "eReolen", "ar": "eReolen", "uk": "eReolen"},
        "category": "culture",
        "description": {
            "da": "Lån e-bøger og lydbøger gratis med dit lånerkort fra biblioteket. Du kan læse og lytte i en app på mobilen.",
            "en": "Borrow e-books and audiobooks for free with your library card. You can read and listen in an app on your phone.",
            "ar": "استعِر الكتب الإلكترونية والكتب الصوتية مجاناً باستخدام بطاقة المكتبة. يمكنك القراءة والاستماع عبر تطبيق على هاتفك.",
            "uk": "Безкоштовно позичайте електронні книжки та аудіокниги за бібліотечним квитком. Читати й слухати можна в застосунку на телефоні.",
        },
        "url": "https://ereolen.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "associations-community",
    "mandatory": False,
    "title": {
        "da": "Foreninger og fællesskab",
        "en": "Associations and community",
        "ar": "الجمعيات والحياة المجتمعية",
        "uk": "Об'єднання та громада",
    },
    "summary": {
        "da": "Lær, hvordan foreninger og frivilligt arbejde fungerer i Danmark, og hvordan du kan blive en del af fællesskabet, hvor du bor.",
        "en": "Learn how associations and voluntary work function in Denmark, and how you can become part of the community where you live.",
        "ar": "تعرّف على طريقة عمل الجمعيات والعمل التطوعي في الدنمارك، وكيف يمكنك أن تصبح جزءاً من المجتمع في المكان الذي تعيش فيه.",
        "uk": "Дізнайтеся, як у Данії працюють об'єднання та волонтерство і як ви можете стати частиною громади там, де живете.",
    },
    "objectives": {
        "da": [
            "Du kan forklare, hvad en forening er, og give eksempler på foreninger for børn og voksne.",
            "Du kan beskrive, hvordan en forening styres med generalforsamling, bestyrelse og kontingent.",
            "Du kan finde frivilligt arbejde og aktiviteter i dit lokalområde, fx på biblioteket.",
            "Du kan nævne gode måder at få kontakt med dine naboer på.",
        ],
        "en": [
            "You can explain what an association is and give examples of associations for children and adults.",
            "You can describe how an association is run, with a general meeting, a board and a membership fee.",
            "You can find voluntary work and activities in your local area, for example at the library.",
            "You can name good ways to get in touch with your neighbours.",
        ],
        "ar": [
            "يمكنك أن تشرح ما هي الجمعية (forening)، وأن تعطي أمثلة على جمعيات للأطفال والكبار.",
            "يمكنك أن تصف كيف تُدار الجمعية من خلال الجمعية العمومية (generalforsamling) ومجلس الإدارة (bestyrelse) ورسوم العضوية (kontingent).",
            "يمكنك أن تجد عملاً تطوعياً وأنشطة في منطقتك، مثلاً في المكتبة العامة.",
            "يمكنك أن تذكر طرقاً جيدة للتعارف مع جيرانك.",
        ],
        "uk": [
            "Ви можете пояснити, що таке об'єднання (forening), і навести приклади об'єднань для дітей і дорослих.",
            "Ви можете описати, як керують об'єднанням: загальні збори (generalforsamling), правління (bestyrelse) і членський внесок (kontingent).",
            "Ви можете знайти волонтерську роботу та заходи у своєму районі, наприклад у бібліотеці.",
            "Ви можете назвати добрі способи познайомитися із сусідами.",
        ],
    },
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "associations-in-denmark",
            "estimated_minutes": 45,
            "title": {
                "da": "Foreningslivet i Danmark",
                "en": "Associations in Denmark",
            },
            "intro": {
                "da": "Sportsklubber, kulturforeninger og forældreforeninger: Lær, hvad en forening er, og hvordan du finder en, der passer til dig.",
                "en": "Sports clubs, cultural associations and parents' associations: learn what an association is and how to find one that suits you.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad er en forening?",
                            "En forening er en gruppe mennesker, der mødes om noget, de har til fælles. Det kan være fodbold, svømning, musik, skak, madlavning, natur eller det land og den kultur, man kommer fra. Alle foreningerne tilsammen kalder man <b>foreningslivet</b>.",
                            "Der er foreninger i næsten alle byer og landsbyer. De fleste danskere er eller har været medlem af en forening. Mange børn går til sport eller en anden fritidsaktivitet i en forening en eller to gange om ugen.",
                            "En forening er ikke en virksomhed. Den skal ikke tjene penge til ejere. Pengene bliver brugt på aktiviteterne, fx bolde, lokaler eller en tur. Mange af dem, der laver arbejdet, er <b>frivillige</b>. Det betyder, at de ikke får løn.",
                        ],
                        "en": [
                            "## What is an association?",
                            'An association is a group of people who meet around something they have in common. It can be football, swimming, music, chess, cooking, nature or the country and culture they come from. All the associations together are called <b>foreningslivet</b> – "association life".',
                            "There are associations in almost every town and village. Most Danes are or have been members of an association. Many children do a sport or another leisure activity in an association once or twice a week.",
                            "An association is not a business. It does not make money for owners. The money is spent on the activities, for example balls, rooms or a trip. Many of the people who do the work are <b>volunteers</b>. This means they are not paid.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-forening"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Mange slags foreninger",
                            "- <b>Sportsklubber</b>: fx fodbold, håndbold, badminton, svømning, gymnastik og løb. Mange klubber har hold for både børn og voksne og for både begyndere og øvede.",
                            "- <b>Kulturforeninger</b>: fx kor, teater, dans, musik, litteratur og foreninger for mennesker med samme baggrund eller sprog.",
                            "- <b>Forældreforeninger</b>: Forældre arbejder sammen om børnenes skole, daginstitution eller fritid. I folkeskolen er der en <b>skolebestyrelse</b>, hvor forældre bliver valgt og er med til at bestemme. I daginstitutioner er der som regel en forældrebestyrelse.",
                            "- <b>Interesseforeninger</b>: fx haveforeninger, naturforeninger, spejdere og foreninger for patienter og pårørende.",
                            "- <b>Boligforeninger</b>: Bor du i en almen bolig, kan du være med til at bestemme i dit boligområde. Det lærer du mere om i lektion 3.",
                        ],
                        "en": [
                            "## Many kinds of associations",
                            "- <b>Sports clubs</b>: for example football, handball, badminton, swimming, gymnastics and running. Many clubs have teams for both children and adults, and for both beginners and experienced players.",
                            "- <b>Cultural associations</b>: for example choirs, theatre, dance, music, literature and associations for people with the same background or language.",
                            "- <b>Parents' associations</b>: Parents work together for their children's school, childcare or leisure time. In the folkeskole there is a <b>school board</b> (skolebestyrelse), where parents are elected and take part in decisions. Childcare institutions usually have a parents' board.",
                            "- <b>Interest associations</b>: for example allotment garden associations, nature associations, scouts and associations for patients and their families.",
                            "- <b>Housing associations</b>: If you live in social housing (almen bolig), you can take part in decisions about your housing estate. You will learn more about this in lesson 3.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad koster det?",
                            "Når du bliver medlem, betaler du et <b>kontingent</b>. Det er et beløb, du betaler fx hvert halve år eller hvert år. Prisen er meget forskellig fra forening til forening og fra sport til sport.",
                            "Foreningerne kan holde prisen nede, fordi kommunen støtter dem. Kommunen giver fx gratis eller billige lokaler og tilskud til aktiviteter for børn og unge. Det står i en lov, der hedder <b>folkeoplysningsloven</b>.",
                            "Mange steder kan du prøve at træne et par gange gratis, før du melder dig ind. Har du svært ved at betale for dit barns fritidsaktivitet, så spørg foreningen eller kommunen. Nogle foreninger og kommuner har ordninger, der kan hjælpe, fx et fritidspas eller tilskud til kontingentet.",
                        ],
                        "en": [
                            "## What does it cost?",
                            "When you become a member, you pay a <b>membership fee</b> (kontingent). It is an amount you pay, for example, every six months or every year. The price varies a lot from association to association and from sport to sport.",
                            "Associations can keep prices down because the municipality supports them. The municipality gives, for example, free or cheap rooms and grants for activities for children and young people. This is laid down in a law called <b>folkeoplysningsloven</b> (the Act on Popular Education).",
                            "In many places you can try training a couple of times for free before you join. If it is hard for you to pay for your child's leisure activity, ask the association or the municipality. Some associations and municipalities have schemes that can help, for example a leisure pass (fritidspas) or a grant towards the membership fee.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-kontingent"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan finder du en forening",
                            "1. Spørg på din sprogskole, på jobcentret, i dit barns skole eller hos dine naboer.",
                            "2. Se på kommunens hjemmeside. Mange kommuner har en liste over foreninger.",
                            "3. Gå på biblioteket. Her hænger der ofte opslag om klubber og aktiviteter.",
                            "4. Søg på nettet, fx efter »fodbold børn« og navnet på din by.",
                            "5. Kontakt foreningen, og spørg, om du eller dit barn må komme og prøve.",
                            "## Hvorfor være med?",
                            "Foreningslivet er en god vej ind i det danske samfund. Du møder mennesker, som du ellers ikke ville møde. Du øver dansk på en naturlig måde. Og dine børn får venner uden for skolen.",
                            "Mange danskere har fået gode venner gennem en forening. Det tager tid at lære folk at kende, men hvis du kommer fast hver uge, bliver du hurtigt en del af holdet.",
                        ],
                        "en": [
                            "## How to find an association",
                            "1. Ask at your language school, at the jobcentre, at your child's school or your neighbours.",
                            "2. Look at the municipality's website. Many municipalities have a list of associations.",
                            "3. Go to the library. There are often notices about clubs and activities.",
                            '4. Search online, for example for "fodbold børn" (football children) and the name of your town.',
                            "5. Contact the association and ask if you or your child may come and try.",
                            "## Why take part?",
                            "Association life is a good way into Danish society. You meet people you would not meet otherwise. You practise Danish in a natural way. And your children make friends outside school.",
                            "Many Danes have made good friends through an association. It takes time to get to know people, but if you come regularly every week, you will soon be part of the team.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "En forening er en gruppe mennesker med en fælles interesse. Den skal ikke tjene penge til ejere.",
                            "Som medlem betaler du et kontingent, fx hvert halve år eller hvert år.",
                            "Kommunen støtter foreninger med lokaler og tilskud, især til børn og unge.",
                            "Mange foreninger lader dig prøve gratis et par gange.",
                            "Du kan finde foreninger via kommunens hjemmeside, biblioteket, skolen og naboerne.",
                        ],
                        "en": [
                            "An association is a group of people with a shared interest. It does not make money for owners.",
                            "As a member you pay a membership fee, for example every six months or every year.",
                            "The municipality supports associations with rooms and grants, especially for children and young people.",
                            "Many associations let you try for free a couple of times.",
                            "You can find associations through the municipality's website, the library, the school and your neighbours.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Find en forening", "en": "Find an association"},
                    "intro": {
                        "da": "Her kan du finde sport, kultur og hjælp til forældre.",
                        "en": "Here you can find sport, culture and help for parents.",
                    },
                    "resources": ["m09-dgi", "skole-og-foraeldre", "bibliotek-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad kunne du eller dine børn have lyst til at gå til i en forening? Hvad lavede du i din fritid før, du kom til Danmark?",
                        "en": "What would you or your children like to do in an association? What did you do in your free time before you came to Denmark?",
                    },
                    "hint": {
                        "da": "Tænk på sport, musik, madlavning, håndarbejde eller noget helt andet. Skriv to eller tre idéer ned, og find ud af, om der er en forening for det i din kommune.",
                        "en": "Think of sport, music, cooking, crafts or something completely different. Write down two or three ideas and find out whether there is an association for it in your municipality.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv", "en": "Test yourself"},
                    "questions": [
                        {
                            "question": {"da": "Hvad er en forening?", "en": "What is an association?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "En gruppe mennesker, der mødes om en fælles interesse",
                                        "en": "A group of people who meet around a shared interest",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En butik, der sælger sportstøj",
                                        "en": "A shop that sells sportswear",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et kontor i kommunen",
                                        "en": "An office in the municipality",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "En forening er en gruppe mennesker med en fælles interesse. Den er ikke en virksomhed, og pengene bliver brugt på aktiviteterne.",
                                "en": "An association is a group of people with a shared interest. It is not a business, and the money is spent on the activities.",
                            },
                        },
                        {
                            "question": {"da": "Hvad er et kontingent?", "en": "What is a kontingent?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et beløb, som medlemmerne betaler til foreningen",
                                        "en": "An amount that members pay to the association",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En bøde for at komme for sent",
                                        "en": "A fine for being late",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Løn til de frivillige trænere",
                                        "en": "Wages for the volunteer coaches",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kontingentet er det beløb, du betaler for at være medlem. De frivillige får ikke løn.",
                                "en": "The kontingent is the amount you pay to be a member. The volunteers are not paid.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvordan hjælper kommunen foreningerne?",
                                "en": "How does the municipality help associations?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Med lokaler og tilskud, især til børn og unge",
                                        "en": "With rooms and grants, especially for children and young people",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen bestemmer, hvem der må være medlem",
                                        "en": "The municipality decides who may be a member",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen betaler løn til alle trænere",
                                        "en": "The municipality pays wages to all coaches",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Efter folkeoplysningsloven giver kommunen lokaler og tilskud. Men det er foreningen selv, der bestemmer over sine aktiviteter.",
                                "en": "Under folkeoplysningsloven the municipality provides rooms and grants. But the association itself decides on its activities.",
                            },
                        },
                        {
                            "question": {
                                "da": "Dit barn vil gerne gå til fodbold, men I har ikke mange penge. Hvad kan du gøre?",
                                "en": "Your child would like to play football, but you do not have much money. What can you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Spørge foreningen eller kommunen om hjælp til kontingentet",
                                        "en": "Ask the association or the municipality for help with the fee",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Lade barnet spille med uden at melde det ind",
                                        "en": "Let the child play without signing them up",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingenting – foreninger er kun for rige familier",
                                        "en": "Nothing – associations are only for rich families",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Nogle foreninger og kommuner har ordninger, der kan hjælpe. Det er helt normalt at spørge.",
                                "en": "Some associations and municipalities have schemes that can help. It is completely normal to ask.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "how-an-association-works",
            "estimated_minutes": 45,
            "title": {
                "da": "Sådan fungerer en forening",
                "en": "How an association works",
            },
            "intro": {
                "da": "En forening bliver styret af medlemmerne. Lær om vedtægter, generalforsamling, bestyrelse og kontingent.",
                "en": "An association is run by its members. Learn about statutes, the general meeting, the board and the membership fee.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Medlemmerne bestemmer",
                            "En dansk forening er bygget op som et lille demokrati. Det er medlemmerne, der bestemmer. Hvert medlem har som regel én stemme – uanset hvor længe man har været med, og hvor man kommer fra.",
                            "Foreningen har nogle regler, der hedder <b>vedtægter</b>. Vedtægterne fortæller, hvad foreningen vil (dens formål), hvem der kan blive medlem, og hvordan man træffer beslutninger. Du kan bede om at se vedtægterne, når du bliver medlem.",
                            "Mange danskere lærer demokrati i praksis i foreningerne. Man øver sig i at sige sin mening, lytte til andre og acceptere, at flertallet bestemmer.",
                        ],
                        "en": [
                            "## The members decide",
                            "A Danish association is built like a small democracy. It is the members who decide. Each member usually has one vote – no matter how long they have been a member or where they come from.",
                            "The association has some rules called <b>statutes</b> (vedtægter). The statutes say what the association wants to do (its purpose), who can become a member and how decisions are made. You can ask to see the statutes when you become a member.",
                            "Many Danes learn democracy in practice in associations. You practise saying what you think, listening to others and accepting that the majority decides.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Generalforsamlingen",
                            "Det vigtigste møde i foreningen er <b>generalforsamlingen</b>. Den bliver som regel holdt én gang om året, og alle medlemmer må komme. Generalforsamlingen er foreningens øverste myndighed. Det betyder, at det er den, der bestemmer mest.",
                            "Foreningen sender en indkaldelse i god tid, fx på mail eller på foreningens hjemmeside. I indkaldelsen står <b>dagsordenen</b>, altså listen over de punkter, man skal tale om. En typisk dagsorden ser sådan ud:",
                            "1. Valg af dirigent (den person, der leder mødet)",
                            "2. Bestyrelsens beretning om året, der er gået",
                            "3. Regnskabet: Hvad har foreningen brugt pengene på?",
                            "4. Forslag fra medlemmerne",
                            "5. Kontingent for det næste år",
                            "6. Valg til bestyrelsen",
                            "7. Eventuelt (her kan man tale om andre ting, men ikke træffe beslutninger)",
                            "Vil du have foreningen til at gøre noget nyt, kan du sende et forslag til bestyrelsen før fristen. Så kommer det med på dagsordenen, og medlemmerne stemmer om det.",
                        ],
                        "en": [
                            "## The general meeting",
                            "The most important meeting in the association is the <b>general meeting</b> (generalforsamling). It is usually held once a year, and all members may come. The general meeting is the association's highest authority. This means it is the general meeting that has the most power.",
                            "The association sends out a notice in good time, for example by email or on its website. The notice contains the <b>agenda</b> (dagsorden), the list of the items to be discussed. A typical agenda looks like this:",
                            "1. Election of a chair for the meeting (dirigent – the person who leads the meeting)",
                            "2. The board's report on the past year",
                            "3. The accounts: what has the association spent its money on?",
                            "4. Proposals from members",
                            "5. The membership fee for the next year",
                            "6. Elections to the board",
                            "7. Any other business (you can talk about other things here, but not make decisions)",
                            "If you want the association to do something new, you can send a proposal to the board before the deadline. Then it is put on the agenda, and the members vote on it.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-generalforsamling"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Bestyrelsen",
                            "På generalforsamlingen vælger medlemmerne en <b>bestyrelse</b>. Bestyrelsen leder foreningen i hverdagen mellem generalforsamlingerne. Den holder møder, laver planer og sørger for, at økonomien er i orden.",
                            "Bestyrelsen har typisk en <b>formand</b>, der leder bestyrelsens møder og taler på foreningens vegne, og en <b>kasserer</b>, der holder styr på pengene. Der kan også være en næstformand, en sekretær og nogle andre medlemmer.",
                            "Bestyrelsens medlemmer er næsten altid frivillige. De får ikke løn for arbejdet. Alle medlemmer kan stille op til bestyrelsen – også dig. Det er en god måde at lære mange mennesker at kende på og få erfaring, som du kan skrive på dit CV.",
                        ],
                        "en": [
                            "## The board",
                            "At the general meeting the members elect a <b>board</b> (bestyrelse). The board runs the association day to day between general meetings. It holds meetings, makes plans and makes sure the finances are in order.",
                            "The board usually has a <b>chair</b> (formand), who leads the board's meetings and speaks on behalf of the association, and a <b>treasurer</b> (kasserer), who keeps track of the money. There may also be a vice-chair, a secretary and some other members.",
                            "The board members are almost always volunteers. They are not paid for the work. All members can stand for election to the board – you too. It is a good way to get to know many people and gain experience that you can put on your CV.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-bestyrelse"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Penge og ansvar",
                            "Foreningens penge kommer fx fra kontingenter, tilskud fra kommunen, fonde og fester eller loppemarkeder. Kassereren skriver alt ned i et regnskab. Hvert år viser bestyrelsen regnskabet på generalforsamlingen. Før mødet har en revisor – ofte et andet medlem – tjekket det.",
                            "Betal dit kontingent til tiden. Hvis du vil stoppe, skal du <b>melde dig ud</b>. Ellers kan foreningen blive ved med at opkræve kontingent. Læs i vedtægterne, eller spørg kassereren, hvordan du melder dig ud.",
                            "## Start din egen forening",
                            "Har du og nogle andre en fælles idé, kan I starte jeres egen forening. I holder en stiftende generalforsamling, skriver vedtægter og vælger en bestyrelse. Hvis kommunen godkender foreningen, kan den fx låne lokaler og søge tilskud.",
                            "Kommunen og det lokale frivilligcenter kan give råd om, hvordan man gør.",
                        ],
                        "en": [
                            "## Money and responsibility",
                            "The association's money comes, for example, from membership fees, grants from the municipality, foundations, and parties or flea markets. The treasurer writes everything down in the accounts. Every year the board presents the accounts at the general meeting. Before the meeting an auditor – often another member – has checked them.",
                            "Pay your membership fee on time. If you want to stop, you have to <b>cancel your membership</b> (melde dig ud). Otherwise the association may keep charging the fee. Read the statutes or ask the treasurer how to cancel.",
                            "## Start your own association",
                            "If you and some others share an idea, you can start your own association. You hold a founding general meeting, write statutes and elect a board. If the municipality approves the association, it can, for example, borrow rooms and apply for grants.",
                            "The municipality and the local volunteer centre can give advice on how to do it.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Vedtægterne er foreningens regler.",
                            "Generalforsamlingen er foreningens øverste myndighed og bliver som regel holdt én gang om året.",
                            "Alle medlemmer må komme til generalforsamlingen, og hvert medlem har som regel én stemme.",
                            "Bestyrelsen leder foreningen i hverdagen. Den har typisk en formand og en kasserer.",
                            "Husk at melde dig ud, hvis du vil stoppe.",
                        ],
                        "en": [
                            "The statutes (vedtægter) are the association's rules.",
                            "The general meeting is the association's highest authority and is usually held once a year.",
                            "All members may come to the general meeting, and each member usually has one vote.",
                            "The board runs the association day to day. It usually has a chair and a treasurer.",
                            "Remember to cancel your membership if you want to stop.",
                        ],
                    },
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Har du været med i en forening, en gruppe eller et fællesskab i dit hjemland? Hvordan blev beslutningerne truffet dér, og hvad er anderledes i en dansk forening?",
                        "en": "Have you been part of an association, a group or a community in your home country? How were decisions made there, and what is different in a Danish association?",
                    },
                    "hint": {
                        "da": "Tænk på, hvem der bestemte, om alle kunne sige deres mening, og hvordan man valgte en leder. Det er helt i orden, hvis det var meget anderledes.",
                        "en": "Think about who decided, whether everyone could say what they thought, and how a leader was chosen. It is completely fine if it was very different.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv", "en": "Test yourself"},
                    "questions": [
                        {
                            "question": {
                                "da": "Hvem bestemmer mest i en forening?",
                                "en": "Who has the most power in an association?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Generalforsamlingen, hvor alle medlemmer kan komme",
                                        "en": "The general meeting, where all members can come",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Den ældste træner", "en": "The oldest coach"},
                                    "correct": False,
                                },
                                {"text": {"da": "Kommunen", "en": "The municipality"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Generalforsamlingen er foreningens øverste myndighed. Her kan alle medlemmer stemme.",
                                "en": "The general meeting is the association's highest authority. All members can vote there.",
                            },
                        },
                        {
                            "question": {"da": "Hvad er vedtægter?", "en": "What are vedtægter?"},
                            "choices": [
                                {
                                    "text": {"da": "Foreningens regler", "en": "The association's rules"},
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En liste over medlemmernes adresser",
                                        "en": "A list of the members' addresses",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kaffe og kage efter mødet",
                                        "en": "Coffee and cake after the meeting",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Vedtægterne er foreningens regler. De fortæller fx om foreningens formål, og hvordan man træffer beslutninger.",
                                "en": "The statutes are the association's rules. They describe, for example, the association's purpose and how decisions are made.",
                            },
                        },
                        {
                            "question": {"da": "Hvad laver en kasserer?", "en": "What does a treasurer do?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "Holder styr på foreningens penge",
                                        "en": "Keeps track of the association's money",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Leder generalforsamlingen",
                                        "en": "Leads the general meeting",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "Træner børneholdet", "en": "Coaches the children's team"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kassereren holder styr på pengene og laver regnskabet. Generalforsamlingen bliver ledet af en dirigent.",
                                "en": "The treasurer keeps track of the money and does the accounts. The general meeting is led by a chair for the meeting (dirigent).",
                            },
                        },
                        {
                            "question": {
                                "da": "Du vil gerne have, at din forening starter et hold for kvinder. Hvad kan du gøre?",
                                "en": "You would like your association to start a team for women. What can you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Sende et forslag til bestyrelsen før generalforsamlingen",
                                        "en": "Send a proposal to the board before the general meeting",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Vente på, at en anden gør det",
                                        "en": "Wait for someone else to do it",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "Klage til politiet", "en": "Complain to the police"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Alle medlemmer kan stille forslag. Så stemmer medlemmerne om det på generalforsamlingen. Du kan også tale med bestyrelsen først.",
                                "en": "All members can make proposals. The members then vote on them at the general meeting. You can also talk to the board first.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "volunteering-library-neighbours",
            "estimated_minutes": 45,
            "title": {
                "da": "Frivillighed, biblioteket og naboerne",
                "en": "Volunteering, the library and your neighbours",
            },
            "intro": {
                "da": "Bliv en del af lokalsamfundet: som frivillig, på biblioteket og der, hvor du bor.",
                "en": "Become part of your local community: as a volunteer, at the library and where you live.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Frivilligt arbejde",
                            "I Danmark laver mange mennesker frivilligt arbejde. De træner et børnehold, hjælper med lektier, besøger ældre, der er ensomme, sorterer tøj i en genbrugsbutik eller hjælper til ved en byfest. De får ikke løn, men de får noget andet: fællesskab, nye venner og en følelse af at gøre noget godt.",
                            "Frivilligt arbejde er også en god måde at lære dansk på og få erfaring fra Danmark. Du kan skrive det på dit CV, og måske kan du få en reference fra foreningen, når du søger job.",
                            'Du kan finde frivillige opgaver på <a href="https://frivilligjob.dk/">frivilligjob.dk</a>, hos dit lokale frivilligcenter eller hos organisationer som Dansk Røde Kors og Dansk Flygtningehjælp.',
                            "<b>Vigtigt:</b> Får du en ydelse, fx kontanthjælp eller dagpenge, må du som regel gerne være frivillig. Men der er regler – fx skal du stadig kunne tage et job. Spørg dit jobcenter eller din a-kasse, før du starter.",
                        ],
                        "en": [
                            "## Voluntary work",
                            "In Denmark many people do voluntary work. They coach a children's team, help with homework, visit elderly people who are lonely, sort clothes in a second-hand shop or help out at a town festival. They are not paid, but they get something else: community, new friends and a feeling of doing something good.",
                            "Voluntary work is also a good way to learn Danish and gain experience from Denmark. You can put it on your CV, and you may be able to get a reference from the association when you apply for jobs.",
                            'You can find voluntary tasks on <a href="https://frivilligjob.dk/">frivilligjob.dk</a>, at your local volunteer centre (frivilligcenter) or with organisations such as the Danish Red Cross and the Danish Refugee Council.',
                            "<b>Important:</b> If you receive a benefit, for example social assistance (kontanthjælp) or unemployment benefit (dagpenge), you are usually allowed to volunteer. But there are rules – for example, you must still be able to take a job. Ask your jobcentre or your a-kasse before you start.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "frivillig"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Biblioteket – et mødested for alle",
                            "Biblioteket er meget mere end bøger. Det er et gratis og åbent sted, hvor alle er velkomne. Du behøver ikke købe noget, og du må gerne bare sidde og læse avis eller bruge internettet. Mange biblioteker tilbyder fx:",
                            "- lån af bøger, lydbøger, film og musik – også bøger på andre sprog end dansk og bøger på let dansk",
                            "- computere, wifi og printer",
                            "- hjælp til det digitale, fx Digital Post og borger.dk",
                            "- sprogcafé, hvor du kan øve dansk med frivillige",
                            "- lektiecafé, hvor børn og unge kan få hjælp til lektierne",
                            "- foredrag, koncerter, børneteater og andre arrangementer",
                            'Det er gratis at låne. Du får et lånerkort med dit sundhedskort eller MitID. Mange biblioteker har også åbent uden personale, fx om aftenen. Så kommer du ind med dit sundhedskort og en pinkode. Med dit lånerkort kan du også låne e-bøger og lydbøger på <a href="https://ereolen.dk/">eReolen</a>.',
                        ],
                        "en": [
                            "## The library – a meeting place for everyone",
                            "The library is much more than books. It is a free and open place where everyone is welcome. You do not have to buy anything, and you are welcome to just sit and read a newspaper or use the internet. Many libraries offer, for example:",
                            "- loans of books, audiobooks, films and music – also books in languages other than Danish and books in easy Danish",
                            "- computers, wifi and a printer",
                            "- help with digital things, for example Digital Post and borger.dk",
                            "- a language café (sprogcafé), where you can practise Danish with volunteers",
                            "- a homework café (lektiecafé), where children and young people can get help with their homework",
                            "- talks, concerts, children's theatre and other events",
                            'Borrowing is free. You get a library card with your health card or MitID. Many libraries are also open without staff, for example in the evening. Then you get in with your health card and a PIN code. With your library card you can also borrow e-books and audiobooks on <a href="https://ereolen.dk/">eReolen</a>.',
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Naboer og lokalsamfund",
                            "Mange danskere er lidt tilbageholdende over for mennesker, de ikke kender. Det betyder ikke, at de er uvenlige. Ofte venter de bare på, at den anden tager det første skridt. Du kan sagtens være den, der starter.",
                            "- Hils på dine naboer på trappen eller i gården. Et »hej« eller »godmorgen« er nok.",
                            "- Præsentér dig, når du flytter ind. Nogle hænger en lille seddel op og siger hej.",
                            "- Læs husordenen. Den fortæller fx, hvornår der skal være ro, og hvordan man sorterer affald.",
                            "- Kom til fælles arrangementer, fx fællesspisning, gårdfest eller en arbejdsdag, hvor man gør området pænt sammen.",
                            "- Sig til, hvis der er et problem. Tal venligt og direkte med naboen, før det bliver til en stor konflikt.",
                            "## Beboerdemokrati",
                            "Bor du i en almen bolig (en lejebolig fra en boligorganisation), er du med i <b>beboerdemokratiet</b>. Hvert år er der et <b>afdelingsmøde</b>, hvor alle beboere kan komme. Her bestemmer beboerne fx over husordenen, fællesarealerne og nogle ting, der påvirker huslejen. Beboerne vælger også en afdelingsbestyrelse.",
                            "Det fungerer næsten som en forening: Du kan stille forslag, stemme og stille op. Det er en god måde at få indflydelse på, hvor du bor – og at møde dine naboer. Bor du i en andelsbolig eller en ejerlejlighed, er der også en forening med en generalforsamling, hvor man bestemmer sammen.",
                        ],
                        "en": [
                            "## Neighbours and local community",
                            "Many Danes are a little reserved with people they do not know. This does not mean they are unfriendly. Often they are just waiting for the other person to take the first step. You can easily be the one who starts.",
                            '- Say hello to your neighbours on the stairs or in the courtyard. A "hej" or "godmorgen" (good morning) is enough.',
                            "- Introduce yourself when you move in. Some people put up a small note and say hello.",
                            "- Read the house rules (husorden). They tell you, for example, when there must be quiet and how to sort waste.",
                            "- Come to shared events, for example communal dinners, courtyard parties or a work day where everyone tidies up the area together.",
                            "- Speak up if there is a problem. Talk to your neighbour in a friendly and direct way before it turns into a big conflict.",
                            "## Tenant democracy",
                            "If you live in social housing (almen bolig – a rented home from a housing organisation), you are part of the <b>tenant democracy</b> (beboerdemokrati). Every year there is an <b>estate meeting</b> (afdelingsmøde) that all tenants can attend. Here the tenants decide, for example, on the house rules, the shared areas and some things that affect the rent. The tenants also elect an estate board.",
                            "It works almost like an association: you can make proposals, vote and stand for election. It is a good way to have a say where you live – and to meet your neighbours. If you live in a cooperative flat (andelsbolig) or an owner-occupied flat, there is also an association with a general meeting where people decide together.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-beboerdemokrati"},
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Frivillige arbejder uden løn. Alle kan blive frivillige.",
                            "Får du en ydelse, så spørg jobcentret eller a-kassen, før du starter som frivillig.",
                            "Det er gratis at låne på biblioteket. Du får lånerkort med dit sundhedskort eller MitID.",
                            "Mange biblioteker har sprogcafé, lektiecafé og hjælp til det digitale.",
                            "I en almen bolig kan du være med til at bestemme på afdelingsmødet.",
                        ],
                        "en": [
                            "Volunteers work without pay. Anyone can become a volunteer.",
                            "If you receive a benefit, ask the jobcentre or your a-kasse before you start volunteering.",
                            "Borrowing from the library is free. You get a library card with your health card or MitID.",
                            "Many libraries have a language café, a homework café and help with digital things.",
                            "In social housing you can take part in decisions at the estate meeting.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find fællesskaber og frivilligt arbejde",
                        "en": "Find communities and voluntary work",
                    },
                    "intro": {
                        "da": "Her kan du finde frivillige opgaver, dit lokale frivilligcenter og bibliotekets tilbud.",
                        "en": "Here you can find voluntary tasks, your local volunteer centre and what the library offers.",
                    },
                    "resources": [
                        "frivilligjob",
                        "m09-frise",
                        "rode-kors",
                        "dansk-flygtningehjaelp",
                        "bibliotek-dk",
                        "m09-ereolen",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad kunne du selv bidrage med som frivillig? Og hvad kunne du få ud af det?",
                        "en": "What could you contribute as a volunteer? And what could you get out of it?",
                    },
                    "hint": {
                        "da": "Tænk på det, du er god til, fx sprog, madlavning, sport, at reparere ting eller at lytte. Mange foreninger har brug for netop det.",
                        "en": "Think about what you are good at, for example languages, cooking, sport, repairing things or listening. Many associations need exactly that.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv", "en": "Test yourself"},
                    "questions": [
                        {
                            "question": {"da": "Hvad er en frivillig?", "en": "What is a volunteer?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "En person, der arbejder uden løn, fordi han eller hun gerne vil hjælpe",
                                        "en": "A person who works without pay because they want to help",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En person, der er ansat i kommunen",
                                        "en": "A person employed by the municipality",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En person, der er tvunget til at arbejde gratis",
                                        "en": "A person who is forced to work for free",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "En frivillig vælger selv at hjælpe og får ikke løn for det.",
                                "en": "A volunteer chooses to help and is not paid for it.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad skal du bruge for at få et lånerkort på biblioteket?",
                                "en": "What do you need to get a library card?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Dit sundhedskort eller MitID",
                                        "en": "Your health card or MitID",
                                    },
                                    "correct": True,
                                },
                                {"text": {"da": "Et dansk pas", "en": "A Danish passport"}, "correct": False},
                                {
                                    "text": {
                                        "da": "Et bevis for, at du taler dansk",
                                        "en": "Proof that you speak Danish",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du får et lånerkort med dit sundhedskort eller MitID. Det er gratis at låne.",
                                "en": "You get a library card with your health card or MitID. Borrowing is free.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du får kontanthjælp og vil gerne være frivillig. Hvad er klogt?",
                                "en": "You receive social assistance and would like to volunteer. What is wise?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At spørge jobcentret om reglerne, før du starter",
                                        "en": "Ask the jobcentre about the rules before you start",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At lade være, for det er forbudt",
                                        "en": "Do not do it, because it is forbidden",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At starte uden at sige noget – det betyder ikke noget",
                                        "en": "Start without telling anyone – it does not matter",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Som regel må man gerne være frivillig, når man får en ydelse. Men der er regler, så spørg først.",
                                "en": "You are usually allowed to volunteer when you receive a benefit. But there are rules, so ask first.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er et afdelingsmøde i en almen bolig?",
                                "en": "What is an estate meeting (afdelingsmøde) in social housing?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et møde, hvor beboerne bestemmer sammen, fx om husorden og fællesarealer",
                                        "en": "A meeting where the tenants decide together, for example on house rules and shared areas",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Et møde med politiet om kriminalitet",
                                        "en": "A meeting with the police about crime",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et møde, hvor kun udlejeren taler",
                                        "en": "A meeting where only the landlord speaks",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "På afdelingsmødet kan alle beboere stemme. Det er en del af beboerdemokratiet.",
                                "en": "At the estate meeting all tenants can vote. It is part of the tenant democracy.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
