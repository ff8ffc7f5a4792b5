"""Module 7: rights, law and equality (Grundloven, freedoms, equality, violence, LGBT+, police, courts, complaints)."""

GLOSSARY = {
    "m07-ligestilling": {
        "term": {
            "da": "Ligestilling",
            "en": "Ligestilling (gender equality)",
            "ar": "Ligestilling (المساواة بين الجنسين)",
            "uk": "Ligestilling (рівність статей)",
        },
        "explanation": {
            "da": "At kvinder og mænd har de samme rettigheder, pligter og muligheder, fx til uddannelse, arbejde og løn – og til selv at bestemme over deres eget liv, krop og partner.",
            "en": "That women and men have the same rights, duties and opportunities, for example in education, work and pay – and to decide for themselves about their own life, body and partner.",
            "ar": "أن تكون للنساء والرجال الحقوق والواجبات والفرص نفسها، مثلاً في التعليم والعمل والأجر، وأن يقرّر كلٌّ منهم بنفسه في ما يخص حياته وجسده وشريك حياته.",
            "uk": "Жінки й чоловіки мають однакові права, обов'язки та можливості, наприклад в освіті, роботі й оплаті праці, а також право самостійно вирішувати щодо свого життя, тіла й партнера.",
        },
    },
    "m07-forskelsbehandling": {
        "term": {
            "da": "Forskelsbehandling",
            "en": "Forskelsbehandling (discrimination)",
            "ar": "Forskelsbehandling (التمييز)",
            "uk": "Forskelsbehandling (дискримінація)",
        },
        "explanation": {
            "da": "At en person bliver behandlet dårligere end andre på grund af fx køn, hudfarve, etnisk oprindelse, religion, alder, handicap eller seksuel orientering. Det er ofte ulovligt, og du kan klage, fx til Ligebehandlingsnævnet.",
            "en": "When a person is treated worse than others because of, for example, gender, skin colour, ethnic origin, religion, age, disability or sexual orientation. It is often illegal, and you can complain, for example to the Board of Equal Treatment (Ligebehandlingsnævnet).",
            "ar": "أن يُعامَل شخص معاملة أسوأ من غيره بسبب الجنس أو لون البشرة أو الأصل العرقي أو الدين أو العمر أو الإعاقة أو التوجّه الجنسي مثلاً. غالباً ما يكون ذلك مخالفاً للقانون، ويمكنك تقديم شكوى، مثلاً إلى مجلس المساواة في المعاملة (Ligebehandlingsnævnet).",
            "uk": "Коли до людини ставляться гірше, ніж до інших, через, наприклад, стать, колір шкіри, етнічне походження, релігію, вік, інвалідність чи сексуальну орієнтацію. Часто це незаконно, і ви можете поскаржитися, наприклад до Ради з питань рівного ставлення (Ligebehandlingsnævnet).",
        },
    },
    "m07-opholdstilladelse": {
        "term": {
            "da": "Opholdstilladelse",
            "en": "Opholdstilladelse (residence permit)",
            "ar": "Opholdstilladelse (تصريح الإقامة)",
            "uk": "Opholdstilladelse (дозвіл на проживання)",
        },
        "explanation": {
            "da": "En tilladelse fra de danske myndigheder til at bo i Danmark. Den har ofte en udløbsdato og nogle betingelser, som du selv skal kende og overholde. De officielle regler står på nyidanmark.dk.",
            "en": "Permission from the Danish authorities to live in Denmark. It often has an expiry date and some conditions that you must know and follow yourself. The official rules are on nyidanmark.dk.",
            "ar": "إذن من السلطات الدنماركية بالعيش في الدنمارك. غالباً ما يكون له تاريخ انتهاء وبعض الشروط التي يجب أن تعرفها وتلتزم بها بنفسك. القواعد الرسمية منشورة على موقع nyidanmark.dk.",
            "uk": "Дозвіл данських органів влади жити в Данії. Він часто має строк дії та певні умови, які ви маєте самі знати й виконувати. Офіційні правила розміщено на nyidanmark.dk.",
        },
    },
}

RESOURCES = {
    "m07-ligebehandlingsnaevnet": {
        "name": {
            "da": "Ligebehandlingsnævnet",
            "en": "Board of Equal Treatment (Ligebehandlingsnævnet)",
            "ar": "مجلس المساواة في المعاملة (Ligebehandlingsnævnet)",
            "uk": "Рада з питань рівного ставлення (Ligebehandlingsnævnet)",
        },
        "category": "legal_aid",
        "description": {
            "da": "Et uafhængigt nævn, der behandler klager over forskelsbehandling – både på arbejdsmarkedet og uden for det. Det er gratis at klage, og du behøver ikke en advokat.",
            "en": "An independent board that handles complaints about discrimination – both in the labour market and outside it. Complaining is free, and you do not need a lawyer.",
            "ar": "هيئة مستقلة تنظر في الشكاوى المتعلقة بالتمييز، في سوق العمل وخارجه. تقديم الشكوى مجاني، ولا تحتاج إلى محامٍ.",
            "uk": "Незалежна рада, яка розглядає скарги на дискримінацію — як на ринку праці, так і поза ним. Подати скаргу можна безкоштовно, адвокат не потрібен.",
        },
        "url": "https://ast.dk/naevn/ligebehandlingsnaevnet",
        "city": "",
    },
}

MODULE = {
    "slug": "rights-law-equality",
    "mandatory": True,
    "title": {
        "da": "Rettigheder, lov og ligestilling",
        "en": "Rights, law and equality",
        "ar": "الحقوق والقانون والمساواة",
        "uk": "Права, закон і рівність",
    },
    "summary": {
        "da": "Lær om Grundloven og dine frihedsrettigheder, om ligestilling og forbuddet mod vold, og om politi, domstole og hvor du kan klage.",
        "en": "Learn about the Constitution and your freedoms, about equality and the ban on violence, and about the police, the courts and where you can complain.",
        "ar": "تعرّف على الدستور (Grundloven) وحرياتك، وعلى المساواة وحظر العنف، وعلى الشرطة والمحاكم والجهات التي يمكنك تقديم الشكوى إليها.",
        "uk": "Дізнайтеся про Конституцію (Grundloven) і ваші свободи, про рівність і заборону насильства, а також про поліцію, суди й те, куди можна поскаржитися.",
    },
    "objectives": {
        "da": [
            "Du kan nævne vigtige frihedsrettigheder i Grundloven og forklare, hvor grænserne går.",
            "Du kan forklare, hvad ligestilling mellem kvinder og mænd betyder i hverdagen.",
            "Du kender forbuddet mod vold, også mod børn, og ved, hvor man kan få hjælp.",
            "Du ved, hvad politiet og domstolene gør, og hvor du kan klage over forskelsbehandling.",
        ],
        "en": [
            "You can name important freedoms in the Constitution and explain where their limits are.",
            "You can explain what equality between women and men means in everyday life.",
            "You know about the ban on violence, including against children, and where to get help.",
            "You know what the police and the courts do, and where you can complain about discrimination.",
        ],
        "ar": [
            "يمكنك ذكر حريات مهمة في الدستور وشرح حدودها.",
            "يمكنك شرح معنى المساواة بين النساء والرجال في الحياة اليومية.",
            "تعرف أن العنف ممنوع، بما في ذلك العنف ضد الأطفال، وتعرف أين يمكن الحصول على المساعدة.",
            "تعرف ما تقوم به الشرطة والمحاكم، وأين يمكنك تقديم شكوى بسبب التمييز.",
        ],
        "uk": [
            "Ви можете назвати важливі свободи, закріплені в Конституції, і пояснити, де їхні межі.",
            "Ви можете пояснити, що означає рівність жінок і чоловіків у повсякденному житті.",
            "Ви знаєте про заборону насильства, зокрема щодо дітей, і знаєте, де отримати допомогу.",
            "Ви знаєте, що роблять поліція і суди та куди можна поскаржитися на дискримінацію.",
        ],
    },
    "lessons": [
        {
            "slug": "constitution-and-freedoms",
            "estimated_minutes": 45,
            "title": {
                "da": "Grundloven og dine frihedsrettigheder",
                "en": "The Constitution and your freedoms",
            },
            "intro": {
                "da": "Grundloven giver alle i Danmark vigtige friheder – her lærer du hvilke, og hvor grænserne går.",
                "en": "The Constitution gives everyone in Denmark important freedoms – here you learn which ones, and where the limits are.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Danmarks vigtigste lov",
                            "<b>Grundloven</b> er Danmarks forfatning. Den er den vigtigste lov, og alle andre love skal følge den. Den første grundlov blev underskrevet den 5. juni 1849. Derfor er 5. juni Grundlovsdag. Den grundlov, vi har i dag, er fra 1953.",
                            "Grundloven siger blandt andet, at magten i Danmark er delt i tre:",
                            "- <b>Folketinget</b> vedtager lovene.",
                            "- <b>Regeringen</b> sørger for, at lovene bliver ført ud i livet.",
                            "- <b>Domstolene</b> dømmer i sager og er uafhængige.",
                            "Det kaldes <b>magtens tredeling</b>. Den skal forhindre, at én person eller én gruppe får al magten.",
                            "Det er svært at ændre Grundloven. Folketinget skal vedtage ændringen to gange med et valg imellem, og bagefter skal befolkningen stemme om den ved en folkeafstemning.",
                        ],
                        "en": [
                            "## Denmark's most important law",
                            "<b>Grundloven</b> is Denmark's constitution. It is the most important law, and all other laws must follow it. The first constitution was signed on 5 June 1849. That is why 5 June is Constitution Day. The constitution we have today dates from 1953.",
                            "Among other things, the Constitution says that power in Denmark is divided into three:",
                            "- <b>Folketinget</b> (the Danish Parliament) passes the laws.",
                            "- <b>The government</b> makes sure the laws are carried out.",
                            "- <b>The courts</b> judge cases and are independent.",
                            "This is called the <b>separation of powers</b>. It is meant to prevent one person or one group from getting all the power.",
                            "It is hard to change the Constitution. Folketinget must pass the change twice with an election in between, and then the people must vote on it in a referendum.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "grundloven"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dine frihedsrettigheder",
                            "Grundloven beskytter nogle grundlæggende friheder. De fleste af dem gælder for alle, der bor i Danmark – ikke kun for danske statsborgere.",
                            "- <b>Ytringsfrihed</b>: Du må sige, skrive og mene det, du vil – også kritik af regeringen, politikere og religioner. Staten må ikke indføre censur.",
                            "- <b>Religionsfrihed</b>: Du må selv vælge din tro. Du må også skifte religion eller vælge ikke at have nogen religion.",
                            "- <b>Forsamlingsfrihed</b>: Du må mødes med andre og demonstrere – fredeligt og uden våben.",
                            "- <b>Foreningsfrihed</b>: Du må starte og være med i foreninger, fx en fagforening, et politisk parti eller en sportsklub.",
                            "- <b>Personlig frihed</b>: Ingen må sættes i fængsel uden en lovlig grund. Bliver du anholdt og ikke løsladt, skal du for en dommer inden for 24 timer.",
                        ],
                        "en": [
                            "## Your freedoms",
                            "The Constitution protects some basic freedoms. Most of them apply to everyone who lives in Denmark – not only to Danish citizens.",
                            "- <b>Freedom of speech</b>: You may say, write and think what you want – including criticism of the government, politicians and religions. The state must not introduce censorship.",
                            "- <b>Freedom of religion</b>: You choose your own faith. You may also change religion or choose to have no religion.",
                            "- <b>Freedom of assembly</b>: You may meet with others and demonstrate – peacefully and without weapons.",
                            "- <b>Freedom of association</b>: You may start and join associations, for example a trade union, a political party or a sports club.",
                            "- <b>Personal liberty</b>: No one may be put in prison without a lawful reason. If you are arrested and not released, you must be brought before a judge within 24 hours.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Frihed har grænser",
                            "Friheden gælder for alle. Derfor må din frihed ikke skade andres frihed og sikkerhed. Det er for eksempel ulovligt at:",
                            "- true andre med vold",
                            "- offentligt true, håne eller nedværdige en gruppe mennesker på grund af fx hudfarve, etnisk oprindelse, religion eller seksuel orientering",
                            "- sprede krænkende løgne om en anden person",
                            "- opfordre til vold eller terror",
                            "I Danmark må man kritisere og gøre grin med ideer, religioner og politikere. Det kan føles hårdt, hvis det er noget, man selv holder af. Men det er en del af ytringsfriheden. Man må svare igen med ord – fx skrive et indlæg i en avis eller på de sociale medier. Vold og trusler er aldrig et lovligt svar.",
                        ],
                        "en": [
                            "## Freedom has limits",
                            "Freedom applies to everyone. That is why your freedom must not harm other people's freedom and safety. For example, it is illegal to:",
                            "- threaten others with violence",
                            "- publicly threaten, mock or degrade a group of people because of, for example, skin colour, ethnic origin, religion or sexual orientation",
                            "- spread offensive lies about another person",
                            "- encourage violence or terrorism",
                            "In Denmark people may criticise and make fun of ideas, religions and politicians. It can feel hard if it is something you care about. But it is part of freedom of speech. You may answer back with words – for example by writing a piece in a newspaper or on social media. Violence and threats are never a lawful answer.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Menneskerettigheder",
                            "Danmark har også skrevet under på internationale aftaler om menneskerettigheder, fx Den Europæiske Menneskerettighedskonvention og FN's Børnekonvention. Den Europæiske Menneskerettighedskonvention gælder som lov i Danmark.",
                            "<b>Institut for Menneskerettigheder</b> er Danmarks nationale institution for menneskerettigheder. Instituttet holder øje med, om rettighederne bliver overholdt i Danmark, og giver information om dem til borgerne.",
                        ],
                        "en": [
                            "## Human rights",
                            "Denmark has also signed international agreements on human rights, for example the European Convention on Human Rights and the UN Convention on the Rights of the Child. The European Convention on Human Rights applies as law in Denmark.",
                            "<b>The Danish Institute for Human Rights</b> is Denmark's national human rights institution. The institute monitors whether rights are respected in Denmark and gives people information about them.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Grundloven kort",
                        "en": "The Constitution in brief",
                    },
                    "facts": {
                        "da": [
                            "Den første grundlov er fra 5. juni 1849. Den nuværende er fra 1953.",
                            "Magten er delt i tre: Folketinget, regeringen og domstolene.",
                            "Ytringsfrihed, religionsfrihed, forsamlingsfrihed og foreningsfrihed er beskyttet.",
                            "Frihed har grænser: trusler, opfordring til vold og offentlig hån mod grupper er ulovligt.",
                            "Svaret på ord er ord – aldrig vold.",
                        ],
                        "en": [
                            "The first constitution dates from 5 June 1849. The current one dates from 1953.",
                            "Power is divided into three: Folketinget, the government and the courts.",
                            "Freedom of speech, religion, assembly and association are protected.",
                            "Freedom has limits: threats, encouraging violence and publicly mocking groups are illegal.",
                            "The answer to words is words – never violence.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Læs mere om dine rettigheder",
                        "en": "Read more about your rights",
                    },
                    "intro": {
                        "da": "Institut for Menneskerettigheder forklarer dine rettigheder og kan rådgive dig gratis.",
                        "en": "The Danish Institute for Human Rights explains your rights and can advise you for free.",
                    },
                    "resources": ["menneskeret"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilken af frihedsrettighederne betyder mest for dig, og hvorfor?",
                        "en": "Which of the freedoms matters most to you, and why?",
                    },
                    "hint": {
                        "da": "Tænk på dit liv, før du kom til Danmark, og på, hvad du gerne vil kunne sige, tro og gøre her.",
                        "en": "Think about your life before you came to Denmark and about what you want to be able to say, believe and do here.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: Grundloven",
                        "en": "Test yourself: the Constitution",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvornår fik Danmark sin første grundlov?",
                                "en": "When did Denmark get its first constitution?",
                            },
                            "choices": [
                                {"text": {"da": "5. juni 1849", "en": "5 June 1849"}, "correct": True},
                                {"text": {"da": "9. april 1940", "en": "9 April 1940"}, "correct": False},
                                {"text": {"da": "1. januar 1973", "en": "1 January 1973"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Den første grundlov blev underskrevet den 5. juni 1849. Derfor er 5. juni Grundlovsdag.",
                                "en": "The first constitution was signed on 5 June 1849. That is why 5 June is Constitution Day.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder religionsfrihed?",
                                "en": "What does freedom of religion mean?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Du må selv vælge din tro – eller ingen tro.",
                                        "en": "You choose your own faith – or no faith.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Alle skal være medlem af folkekirken.",
                                        "en": "Everyone must be a member of the Church of Denmark.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det er forbudt at skifte religion.",
                                        "en": "It is forbidden to change religion.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I Danmark bestemmer du selv, hvad du tror på. Du må også skifte religion eller ikke have nogen.",
                                "en": "In Denmark you decide for yourself what you believe. You may also change religion or have none.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem dømmer i sager i Danmark?",
                                "en": "Who judges cases in Denmark?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Domstolene, som er uafhængige.",
                                        "en": "The courts, which are independent.",
                                    },
                                    "correct": True,
                                },
                                {"text": {"da": "Regeringen.", "en": "The government."}, "correct": False},
                                {"text": {"da": "Politiet.", "en": "The police."}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Magten er delt i tre. Domstolene dømmer, og hverken regeringen eller politiet må bestemme over dem.",
                                "en": "Power is divided into three. The courts judge, and neither the government nor the police may control them.",
                            },
                        },
                        {
                            "question": {
                                "da": "Nogen gør grin med din religion i en avis. Hvad er et lovligt svar?",
                                "en": "Someone makes fun of your religion in a newspaper. What is a lawful response?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At svare igen med ord, fx i et indlæg i avisen.",
                                        "en": "Answering back with words, for example in a piece in the newspaper.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At true den, der har skrevet det.",
                                        "en": "Threatening the person who wrote it.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At ødelægge avisens kontor.",
                                        "en": "Damaging the newspaper's office.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kritik og satire er en del af ytringsfriheden. Du må svare med ord, men trusler og vold er ulovlige.",
                                "en": "Criticism and satire are part of freedom of speech. You may answer with words, but threats and violence are illegal.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "equality-and-freedom-from-violence",
            "estimated_minutes": 50,
            "title": {
                "da": "Ligestilling, forbud mod vold og LGBT+ rettigheder",
                "en": "Equality, the ban on violence and LGBT+ rights",
            },
            "intro": {
                "da": "Kvinder og mænd har samme rettigheder, vold er forbudt – også mod børn – og alle må elske, hvem de vil.",
                "en": "Women and men have the same rights, violence is forbidden – including against children – and everyone may love whom they want.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Kvinder og mænd har samme rettigheder",
                            "I Danmark har kvinder og mænd de samme rettigheder og pligter. Det kaldes <b>ligestilling</b>. Kvinder fik stemmeret til Folketinget i 1915. I dag arbejder de fleste kvinder og mænd uden for hjemmet, og mange par deler opgaverne derhjemme, fx madlavning, rengøring og at hente børnene.",
                            "Ligestilling betyder blandt andet, at:",
                            "- kvinder og mænd skal have samme løn for det samme arbejde",
                            "- det er forbudt at behandle en person dårligere på jobbet på grund af køn eller graviditet",
                            "- både kvinder og mænd selv må vælge uddannelse, job, venner og partner",
                            "- begge forældre har ansvar for deres børn – også efter en skilsmisse",
                        ],
                        "en": [
                            "## Women and men have the same rights",
                            "In Denmark, women and men have the same rights and duties. This is called <b>ligestilling</b> (equality). Women got the right to vote for Folketinget in 1915. Today most women and men work outside the home, and many couples share the tasks at home, for example cooking, cleaning and picking up the children.",
                            "Among other things, equality means that:",
                            "- women and men must get equal pay for the same work",
                            "- it is forbidden to treat a person worse at work because of their gender or pregnancy",
                            "- both women and men choose their own education, job, friends and partner",
                            "- both parents are responsible for their children – also after a divorce",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m07-ligestilling"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Ægteskab og sex skal være frivilligt",
                            "Man skal være 18 år for at blive gift i Danmark, og begge skal selv ville giftes. Det er en forbrydelse at tvinge nogen til at gifte sig. Både kvinden og manden kan bede om skilsmisse.",
                            "Sex skal altid være frivilligt. Siden 2021 siger loven, at sex uden samtykke er voldtægt. Det gælder også i et ægteskab.",
                            "Det er også strafbart at kontrollere eller nedgøre sin partner eller et familiemedlem groft eller igen og igen, fx ved at bestemme, hvem de må se, tage deres telefon eller penge eller true dem. Det kaldes <b>psykisk vold</b>, og det har været strafbart siden 2019.",
                        ],
                        "en": [
                            "## Marriage and sex must be voluntary",
                            "You must be 18 to get married in Denmark, and both people must want to marry. It is a crime to force someone to marry. Both the woman and the man can ask for a divorce.",
                            "Sex must always be voluntary. Since 2021 the law has said that sex without consent is rape. This also applies within marriage.",
                            "It is also a crime to seriously or repeatedly control or belittle your partner or a family member, for example by deciding whom they may see, taking their phone or money, or threatening them. This is called <b>psychological violence</b>, and it has been a crime since 2019.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Vold er forbudt – også mod børn",
                            "Al vold er forbudt i Danmark. Det gælder på gaden, på arbejdet og derhjemme – mellem voksne og over for børn.",
                            "Forældre må ikke slå deres børn, heller ikke et lille slag for at opdrage dem. Det har været forbudt siden 1997. Børn skal opdrages med ord, regler og tålmodighed – ikke med slag, trusler eller ydmygelse.",
                            "Lærere, pædagoger, læger og andre, der arbejder med børn, har pligt til at sige det til kommunen, hvis de er bekymrede for et barn. Formålet er at hjælpe barnet og familien.",
                            "Omskæring af piger er også forbudt og straffes – også hvis det sker i et andet land.",
                        ],
                        "en": [
                            "## Violence is forbidden – including against children",
                            "All violence is forbidden in Denmark. This applies in the street, at work and at home – between adults and towards children.",
                            "Parents must not hit their children, not even a small smack to discipline them. This has been forbidden since 1997. Children must be brought up with words, rules and patience – not with hitting, threats or humiliation.",
                            "Teachers, childcare workers, doctors and others who work with children have a duty to tell the municipality if they are worried about a child. The aim is to help the child and the family.",
                            "Female genital cutting is also forbidden and punished – even if it happens in another country.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hjælp, hvis du eller andre er udsat for vold",
                            "Er der fare lige nu, så ring <b>112</b>. Ellers kan du ringe til politiet på <b>114</b>.",
                            "<b>Lev Uden Vold</b> har en national hotline på <b>1888</b>. Den er gratis, anonym og åben døgnet rundt for alle, der oplever vold i en nær relation – og for pårørende, der er bekymrede. Rådgiverne kan fx hjælpe med at finde en plads på et krisecenter.",
                            "At søge hjælp er ikke at forråde sin familie. Det er din ret at leve uden vold.",
                        ],
                        "en": [
                            "## Help if you or others are exposed to violence",
                            "If there is danger right now, call <b>112</b>. Otherwise you can call the police on <b>114</b>.",
                            "<b>Lev Uden Vold</b> (Live Without Violence) has a national hotline on <b>1888</b>. It is free, anonymous and open around the clock for everyone who experiences violence in a close relationship – and for worried relatives. The advisers can, for example, help you find a place at a crisis centre.",
                            "Seeking help is not betraying your family. It is your right to live without violence.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## LGBT+: Du må elske, hvem du vil",
                            "LGBT+ står for lesbiske, bøsser, biseksuelle, transpersoner og andre. I Danmark er det lovligt at være LGBT+. Det er fx forbudt at forskelsbehandle nogen på arbejdsmarkedet på grund af deres seksuelle orientering.",
                            "Danmark var i 1989 det første land i verden, hvor to af samme køn kunne indgå <b>registreret partnerskab</b>. Siden 2012 har to kvinder eller to mænd kunnet gifte sig – både på rådhuset og i folkekirken.",
                            "Du behøver ikke bryde dig om alle måder at leve på. Men i Danmark skal du respektere, at andre voksne selv bestemmer, hvem de elsker, og hvordan de lever.",
                        ],
                        "en": [
                            "## LGBT+: You may love whom you want",
                            "LGBT+ stands for lesbian, gay, bisexual, transgender and others. In Denmark it is legal to be LGBT+. For example, it is forbidden to discriminate against anyone in the labour market because of their sexual orientation.",
                            "In 1989 Denmark was the first country in the world where two people of the same sex could enter a <b>registered partnership</b>. Since 2012 two women or two men have been able to marry – both at the town hall and in the Church of Denmark.",
                            "You do not have to like every way of living. But in Denmark you must respect that other adults decide for themselves whom they love and how they live.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Husk",
                        "en": "Remember",
                    },
                    "facts": {
                        "da": [
                            "Kvinder og mænd har samme rettigheder – kvinder fik stemmeret i 1915.",
                            "Man skal være 18 år for at blive gift, og ægteskab skal være frivilligt.",
                            "Det er forbudt at slå børn – også som opdragelse.",
                            "Sex uden samtykke er voldtægt – også i et ægteskab.",
                            "To af samme køn kan gifte sig – siden 2012.",
                            "Ring 112 ved fare og 1888 for rådgivning om vold.",
                        ],
                        "en": [
                            "Women and men have the same rights – women got the vote in 1915.",
                            "You must be 18 to marry, and marriage must be voluntary.",
                            "It is forbidden to hit children – also as discipline.",
                            "Sex without consent is rape – also within marriage.",
                            "Two people of the same sex can marry – since 2012.",
                            "Call 112 in danger and 1888 for advice about violence.",
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
                        "da": "Du kan få hjælp og rådgivning – også anonymt. Du behøver ikke tale godt dansk for at ringe.",
                        "en": "You can get help and advice – also anonymously. You do not need to speak good Danish to call.",
                    },
                    "resources": ["lev-uden-vold", "politi"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilke forskelle ser du mellem ligestilling i Danmark og i det land, du kommer fra? Hvad synes du om dem?",
                        "en": "What differences do you see between equality in Denmark and in the country you come from? What do you think about them?",
                    },
                    "hint": {
                        "da": "Tænk på arbejde, opgaverne i hjemmet, børneopdragelse, og hvem der bestemmer over pengene.",
                        "en": "Think about work, tasks at home, bringing up children, and who decides about money.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: ligestilling og vold",
                        "en": "Test yourself: equality and violence",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Må forældre i Danmark slå deres barn for at opdrage det?",
                                "en": "May parents in Denmark hit their child to discipline it?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "Nej, det er forbudt.", "en": "No, it is forbidden."},
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Ja, hvis det kun er et lille slag.",
                                        "en": "Yes, if it is only a small smack.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ja, hvis barnet har gjort noget meget forkert.",
                                        "en": "Yes, if the child has done something very wrong.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Siden 1997 har al fysisk afstraffelse af børn været forbudt i Danmark – også et lille slag.",
                                "en": "Since 1997 all physical punishment of children has been forbidden in Denmark – even a small smack.",
                            },
                        },
                        {
                            "question": {
                                "da": "Siden hvornår har to af samme køn kunnet gifte sig i Danmark?",
                                "en": "Since when have two people of the same sex been able to marry in Denmark?",
                            },
                            "choices": [
                                {"text": {"da": "Siden 2012.", "en": "Since 2012."}, "correct": True},
                                {"text": {"da": "Det kan de ikke.", "en": "They cannot."}, "correct": False},
                                {"text": {"da": "Siden 1849.", "en": "Since 1849."}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Registreret partnerskab kom i 1989. Siden 2012 har to af samme køn kunnet gifte sig, også i folkekirken.",
                                "en": "Registered partnership came in 1989. Since 2012 two people of the same sex have been able to marry, also in the Church of Denmark.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad siger loven om sex i et ægteskab?",
                                "en": "What does the law say about sex within marriage?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Sex skal altid være frivilligt – også i et ægteskab.",
                                        "en": "Sex must always be voluntary – also within marriage.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En ægtefælle skal altid sige ja.",
                                        "en": "A spouse must always say yes.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Loven gælder ikke derhjemme.",
                                        "en": "The law does not apply at home.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sex uden samtykke er voldtægt. Det gælder alle – også ægtefæller.",
                                "en": "Sex without consent is rape. This applies to everyone – also spouses.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor kan du få gratis og anonym rådgivning om vold i familien?",
                                "en": "Where can you get free and anonymous advice about violence in the family?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Hos Lev Uden Vold på 1888.",
                                        "en": "From Lev Uden Vold on 1888.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Hos Skattestyrelsen.",
                                        "en": "From the Danish Tax Agency.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingen steder – vold i familien er en privat sag.",
                                        "en": "Nowhere – violence in the family is a private matter.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Vold i familien er aldrig en privat sag. Lev Uden Vold svarer på 1888 døgnet rundt, og ved fare ringer du 112.",
                                "en": "Violence in the family is never a private matter. Lev Uden Vold answers on 1888 around the clock, and in danger you call 112.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "police-courts-and-complaints",
            "estimated_minutes": 45,
            "title": {
                "da": "Politi, domstole og hvor du kan klage",
                "en": "Police, courts and where you can complain",
            },
            "intro": {
                "da": "Lær, hvad politiet og domstolene gør, hvor du kan klage over forskelsbehandling, og hvilke regler du skal huske om dit ophold.",
                "en": "Learn what the police and the courts do, where you can complain about discrimination, and which rules to remember about your residence.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Politiet hjælper og beskytter",
                            "Politiets opgave er at skabe tryghed, hjælpe borgerne og opklare forbrydelser. Politiet skal selv følge loven og behandle alle ens.",
                            "- Ring <b>112</b>, hvis der er fare for liv, eller hvis en forbrydelse sker lige nu.",
                            "- Ring <b>114</b> til politiet, når det ikke haster.",
                            "- Du kan anmelde mange ting på <b>politi.dk</b>, fx tyveri eller svindel.",
                            "Politiet tager ikke imod penge eller gaver. At tilbyde en politibetjent penge er bestikkelse, og det er ulovligt. Du kan trygt bede en betjent om hjælp på gaden.",
                            "Synes du, at politiet har behandlet dig forkert, kan du klage til <b>Den Uafhængige Politiklagemyndighed</b>.",
                        ],
                        "en": [
                            "## The police help and protect",
                            "The police's job is to create safety, help citizens and solve crimes. The police must follow the law themselves and treat everyone equally.",
                            "- Call <b>112</b> if there is danger to life or if a crime is happening right now.",
                            "- Call <b>114</b> for the police when it is not urgent.",
                            "- You can report many things on <b>politi.dk</b>, for example theft or fraud.",
                            "The police do not accept money or gifts. Offering a police officer money is bribery, and it is illegal. You can safely ask a police officer for help in the street.",
                            "If you think the police have treated you wrongly, you can complain to <b>Den Uafhængige Politiklagemyndighed</b> (the Independent Police Complaints Authority).",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Domstolene",
                            "Domstolene afgør sager og dømmer i straffesager. De er uafhængige. Det betyder, at regeringen og politikerne ikke må bestemme, hvad en dommer skal dømme.",
                            "Der er tre niveauer: <b>byretten</b>, <b>landsretten</b> og <b>Højesteret</b>. De fleste sager begynder i byretten. Er man uenig i dommen, kan man ofte anke sagen til den næste ret.",
                            "Alle er uskyldige, indtil de er dømt. Er du anklaget for en forbrydelse, har du ret til en advokat, der forsvarer dig (en forsvarer), og til en tolk, hvis du ikke forstår dansk.",
                            "Har du brug for juridisk hjælp i hverdagen, fx om en regning eller en lejekontrakt, kan du mange steder få gratis retshjælp, fx hos Advokatvagten.",
                        ],
                        "en": [
                            "## The courts",
                            "The courts decide cases and judge criminal cases. They are independent. This means that the government and politicians must not decide what a judge rules.",
                            "There are three levels: <b>byretten</b> (the district court), <b>landsretten</b> (the high court) and <b>Højesteret</b> (the Supreme Court). Most cases begin in the district court. If you disagree with the judgment, you can often appeal the case to the next court.",
                            "Everyone is innocent until proven guilty. If you are charged with a crime, you have the right to a lawyer who defends you (a defence lawyer) and to an interpreter if you do not understand Danish.",
                            "If you need legal help in everyday life, for example about a bill or a tenancy agreement, you can get free legal advice in many places, for example at Advokatvagten.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Forskelsbehandling – og hvor du kan klage",
                            "<b>Forskelsbehandling</b> (diskrimination) betyder, at en person bliver behandlet dårligere end andre på grund af fx køn, hudfarve, etnisk oprindelse, religion, alder, handicap eller seksuel orientering. Det er ulovligt på arbejdsmarkedet. Det er også ulovligt fx at nægte nogen adgang til en restaurant eller et diskotek på grund af deres hudfarve eller etniske oprindelse.",
                            "Hvis du oplever forskelsbehandling:",
                            "1. Skriv ned, hvad der skete, hvornår og hvem der var til stede. Gem beskeder og breve.",
                            "2. Tal med din fagforening, hvis det er sket på arbejdet.",
                            "3. Klag gratis til <b>Ligebehandlingsnævnet</b>. Du behøver ikke en advokat.",
                            "4. Få gratis råd hos <b>Institut for Menneskerettigheder</b>, fx hvis du er blevet forskelsbehandlet på grund af etnisk oprindelse eller køn.",
                            "Er du blevet truet eller angrebet på grund af din hudfarve, din religion eller din seksualitet, så anmeld det til politiet. Det kan være en <b>hadforbrydelse</b>, og så bliver straffen hårdere.",
                        ],
                        "en": [
                            "## Discrimination – and where you can complain",
                            "<b>Forskelsbehandling</b> (discrimination) means that a person is treated worse than others because of, for example, gender, skin colour, ethnic origin, religion, age, disability or sexual orientation. It is illegal in the labour market. It is also illegal, for example, to refuse someone entry to a restaurant or a nightclub because of their skin colour or ethnic origin.",
                            "If you experience discrimination:",
                            "1. Write down what happened, when and who was there. Keep messages and letters.",
                            "2. Talk to your trade union if it happened at work.",
                            "3. Complain for free to <b>Ligebehandlingsnævnet</b> (the Board of Equal Treatment). You do not need a lawyer.",
                            "4. Get free advice from the <b>Danish Institute for Human Rights</b>, for example if you have been discriminated against because of ethnic origin or gender.",
                            "If you have been threatened or attacked because of your skin colour, your religion or your sexuality, report it to the police. It may be a <b>hate crime</b>, and then the punishment is harsher.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m07-forskelsbehandling"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dit ophold i Danmark: dine pligter",
                            "Er du ikke dansk statsborger, bor du i Danmark på en <b>opholdstilladelse</b> eller et opholdsdokument som EU-borger. Reglerne er forskellige fra person til person. Her er nogle gode vaner for alle:",
                            "- Vid, hvornår din tilladelse udløber, og søg om forlængelse i god tid.",
                            "- Meld flytning senest 5 dage efter, du er flyttet. Det gør du på borger.dk.",
                            "- Bygger dit ophold fx på et job, en uddannelse eller et ægteskab, så undersøg, om du skal give besked, hvis det ændrer sig.",
                            "- Læs din Digital Post. Her kommer breve om dit ophold.",
                            "- Vær opmærksom på, at lange ophold uden for Danmark og kriminalitet kan få betydning for din opholdstilladelse.",
                            'Reglerne ændrer sig ofte. De officielle regler står på <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>. Er du i tvivl om din egen sag, så få personlig rådgivning. Denne lektion er ikke juridisk rådgivning.',
                        ],
                        "en": [
                            "## Your residence in Denmark: your duties",
                            "If you are not a Danish citizen, you live in Denmark on a <b>residence permit</b> or a residence document as an EU citizen. The rules differ from person to person. Here are some good habits for everyone:",
                            "- Know when your permit expires, and apply for an extension in good time.",
                            "- Report a change of address no later than 5 days after you have moved. You do this on borger.dk.",
                            "- If your residence is based on, for example, a job, studies or a marriage, find out whether you must tell the authorities if that changes.",
                            "- Read your Digital Post. Letters about your residence arrive there.",
                            "- Be aware that long stays outside Denmark and crime can affect your residence permit.",
                            'The rules change often. The official rules are on <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>. If you are unsure about your own case, get personal advice. This lesson is not legal advice.',
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m07-opholdstilladelse"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Det vigtigste",
                        "en": "The key points",
                    },
                    "facts": {
                        "da": [
                            "112: fare for liv. 114: politiet, når det ikke haster.",
                            "Domstolene er uafhængige: byret, landsret og Højesteret.",
                            "Alle er uskyldige, indtil de er dømt.",
                            "Det er gratis at klage til Ligebehandlingsnævnet.",
                            "Meld flytning senest 5 dage efter, og søg om forlængelse af dit ophold i god tid.",
                        ],
                        "en": [
                            "112: danger to life. 114: the police when it is not urgent.",
                            "The courts are independent: district court, high court and Supreme Court.",
                            "Everyone is innocent until proven guilty.",
                            "Complaining to the Board of Equal Treatment is free.",
                            "Report a move within 5 days, and apply to extend your residence in good time.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du klage og få råd",
                        "en": "Where to complain and get advice",
                    },
                    "intro": {
                        "da": "Disse steder tager imod klager og henvendelser. Det er gratis.",
                        "en": "These places accept complaints and enquiries. It is free.",
                    },
                    "resources": ["m07-ligebehandlingsnaevnet", "menneskeret", "politi"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad ville du gøre, hvis du blev afvist ved døren til et diskotek på grund af din hudfarve?",
                        "en": "What would you do if you were turned away at the door of a nightclub because of your skin colour?",
                    },
                    "hint": {
                        "da": "Tænk på, hvad du kan skrive ned, hvem der så det, hvem du kan tale med, og hvor du kan klage.",
                        "en": "Think about what you can write down, who saw it, whom you can talk to, and where you can complain.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: politi, domstole og klager",
                        "en": "Test yourself: police, courts and complaints",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du ser et indbrud ske lige nu. Hvilket nummer ringer du til?",
                                "en": "You see a burglary happening right now. Which number do you call?",
                            },
                            "choices": [
                                {"text": {"da": "112", "en": "112"}, "correct": True},
                                {"text": {"da": "114", "en": "114"}, "correct": False},
                                {"text": {"da": "1888", "en": "1888"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Sker forbrydelsen lige nu, ringer du 112. 114 er til politiet, når det ikke haster.",
                                "en": "If the crime is happening right now, you call 112. 114 is for the police when it is not urgent.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder det, at domstolene er uafhængige?",
                                "en": "What does it mean that the courts are independent?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Politikerne må ikke bestemme, hvad dommeren dømmer.",
                                        "en": "Politicians must not decide what the judge rules.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Dommerne laver selv lovene.",
                                        "en": "The judges make the laws themselves.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Man kan ikke klage over en dom.",
                                        "en": "You cannot appeal a judgment.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Folketinget laver lovene, og domstolene dømmer ud fra dem – uden at regeringen blander sig.",
                                "en": "Folketinget makes the laws, and the courts judge according to them – without the government interfering.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du får at vide, at du ikke kan få et job på grund af din hudfarve. Hvor kan du klage gratis?",
                                "en": "You are told that you cannot get a job because of your skin colour. Where can you complain for free?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Til Ligebehandlingsnævnet.",
                                        "en": "To the Board of Equal Treatment.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Til Skattestyrelsen.", "en": "To the Danish Tax Agency."},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingen steder – det er lovligt.",
                                        "en": "Nowhere – it is legal.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Forskelsbehandling på grund af hudfarve er ulovlig på arbejdsmarkedet. Det er gratis at klage til Ligebehandlingsnævnet.",
                                "en": "Discrimination because of skin colour is illegal in the labour market. Complaining to the Board of Equal Treatment is free.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du flytter til en ny lejlighed. Hvornår skal du senest melde flytning?",
                                "en": "You move to a new flat. What is the latest you must report the move?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Senest 5 dage efter, jeg er flyttet.",
                                        "en": "No later than 5 days after I have moved.",
                                    },
                                    "correct": True,
                                },
                                {"text": {"da": "Efter et år.", "en": "After a year."}, "correct": False},
                                {
                                    "text": {
                                        "da": "Det er ikke nødvendigt.",
                                        "en": "It is not necessary.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du skal melde flytning senest 5 dage efter, du er flyttet. Det gør du på borger.dk.",
                                "en": "You must report a move no later than 5 days after you have moved. You do this on borger.dk.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
