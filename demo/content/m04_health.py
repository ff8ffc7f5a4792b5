"""Module 4: health care (the health system, emergencies, mental health and children's health)."""

GLOSSARY = {
    "m04-praktiserende-laege": {
        "term": {
            "da": "Praktiserende læge (egen læge)",
            "en": "General practitioner, GP (praktiserende læge)",
            "ar": "طبيب الأسرة (praktiserende læge)",
            "uk": "Сімейний лікар (praktiserende læge)",
        },
        "explanation": {
            "da": "Den læge, du får tildelt, når du får et CPR-nummer. Egen læge er det første sted, du går hen, når du er syg, og det ikke er akut. Det er gratis at gå til egen læge, og lægen kan henvise dig videre til en speciallæge eller et hospital.",
            "en": "The doctor you are assigned when you get a CPR number. Your own GP is the first place to go when you are ill and it is not an emergency. Seeing your GP is free, and the GP can refer you on to a specialist or a hospital.",
            "ar": "الطبيب الذي يُخصَّص لك عندما تحصل على رقم CPR. طبيبك الخاص (egen læge) هو أول مكان تذهب إليه عندما تمرض ولا تكون الحالة طارئة. زيارة طبيب الأسرة مجانية، ويمكنه تحويلك إلى طبيب مختص أو إلى المستشفى.",
            "uk": "Лікар, якого вам призначають, коли ви отримуєте номер CPR. Ваш власний лікар (egen læge) — це перше місце, куди треба звертатися, коли ви хворієте, але це не невідкладний випадок. Прийом у сімейного лікаря безкоштовний, і він може направити вас до вузького спеціаліста або до лікарні.",
        },
    },
    "m04-sundhedskort": {
        "term": {
            "da": "Sundhedskort",
            "en": "Health card (sundhedskort)",
            "ar": "البطاقة الصحية (sundhedskort)",
            "uk": "Медична картка (sundhedskort)",
        },
        "explanation": {
            "da": "Et gult kort med dit navn, dit CPR-nummer og navnet og adressen på din læge. Du viser det hos lægen, på hospitalet, på apoteket og hos tandlægen. Du kan også have kortet i appen Sundhedskortet.",
            "en": "A yellow card with your name, your CPR number and the name and address of your doctor. You show it at the doctor's, at the hospital, at the pharmacy and at the dentist's. You can also have the card in the Sundhedskortet app.",
            "ar": "بطاقة صفراء عليها اسمك ورقمك الشخصي (CPR) واسم طبيبك وعنوانه. تُظهرها عند الطبيب وفي المستشفى وفي الصيدلية وعند طبيب الأسنان. يمكنك أيضًا حمل البطاقة في تطبيق Sundhedskortet.",
            "uk": "Жовта картка з вашим ім'ям, номером CPR, а також ім'ям та адресою вашого лікаря. Її показують у лікаря, у лікарні, в аптеці та у стоматолога. Картку також можна мати в застосунку Sundhedskortet.",
        },
    },
    "m04-laegevagt": {
        "term": {
            "da": "Lægevagt og 1813",
            "en": "Out-of-hours doctor (lægevagt) and 1813",
            "ar": "طبيب المناوبة (lægevagt) والرقم 1813",
            "uk": "Черговий лікар (lægevagt) і номер 1813",
        },
        "explanation": {
            "da": "Den telefon, du ringer til, når du bliver syg om aftenen, om natten, i weekenden eller på en helligdag, og det ikke kan vente til din egen læge åbner. I Region Hovedstaden er nummeret 1813. I de andre regioner ringer du til lægevagten. Ring altid, før du tager på skadestuen.",
            "en": "The phone line you call when you fall ill in the evening, at night, at the weekend or on a public holiday, and it cannot wait until your own doctor opens. In the Capital Region (Region Hovedstaden) the number is 1813. In the other regions you call the lægevagt. Always call before you go to the emergency department.",
            "ar": "رقم الهاتف الذي تتصل به عندما تمرض في المساء أو الليل أو في عطلة نهاية الأسبوع أو في يوم عطلة رسمية، ولا يمكن الانتظار حتى تفتح عيادة طبيبك. في منطقة العاصمة (Region Hovedstaden) الرقم هو 1813. وفي المناطق الأخرى تتصل بطبيب المناوبة (lægevagt). اتصل دائمًا قبل أن تذهب إلى قسم الطوارئ.",
            "uk": "Телефон, за яким треба дзвонити, коли ви захворіли ввечері, вночі, у вихідні чи у святковий день і це не може чекати, поки відкриється ваш лікар. У Столичному регіоні (Region Hovedstaden) номер — 1813. В інших регіонах дзвоніть черговому лікарю (lægevagt). Завжди телефонуйте, перш ніж їхати до приймального відділення.",
        },
    },
    "m04-sundhedsplejerske": {
        "term": {
            "da": "Sundhedsplejerske",
            "en": "Health visitor (sundhedsplejerske)",
            "ar": "الممرضة الصحية (sundhedsplejerske)",
            "uk": "Патронажна медсестра (sundhedsplejerske)",
        },
        "explanation": {
            "da": "En sygeplejerske med ekstra uddannelse i børn og familier, som er ansat af kommunen. Sundhedsplejersken besøger familier med nyfødte børn derhjemme og ser også børnene i skolen. Tilbuddet er gratis.",
            "en": "A nurse with extra training in children and families, employed by the municipality. The health visitor visits families with newborn babies at home and also sees children at school. The service is free.",
            "ar": "ممرضة أو ممرض حصل على تدريب إضافي في صحة الأطفال والأسر، وتوظّفه البلدية (kommune). تزور الممرضة الصحية الأسر التي لديها مواليد جدد في البيت، وتتابع الأطفال أيضًا في المدرسة. هذه الخدمة مجانية.",
            "uk": "Медсестра з додатковою освітою в галузі здоров'я дітей і сімей, яку наймає комуна (kommune). Вона відвідує вдома сім'ї з новонародженими, а також оглядає дітей у школі. Ця послуга безкоштовна.",
        },
    },
}

RESOURCES = {
    "m04-sundhedsstyrelsen": {
        "name": {
            "da": "Sundhedsstyrelsen",
            "en": "Danish Health Authority (Sundhedsstyrelsen)",
            "ar": "هيئة الصحة الدنماركية (Sundhedsstyrelsen)",
            "uk": "Управління охорони здоров'я Данії (Sundhedsstyrelsen)",
        },
        "category": "health",
        "description": {
            "da": "Den nationale sundhedsmyndighed. Her kan du læse om fx børnevaccinationsprogrammet, graviditet og sundhed, og nogle materialer findes på flere sprog.",
            "en": "The national health authority. Here you can read about, for example, the childhood vaccination programme, pregnancy and health, and some materials are available in several languages.",
            "ar": "السلطة الصحية الوطنية. يمكنك هنا القراءة عن برنامج تطعيم الأطفال (børnevaccinationsprogram) والحمل والصحة مثلًا، وبعض المواد متوفرة بعدة لغات.",
            "uk": "Національний орган охорони здоров'я. Тут можна прочитати, наприклад, про програму дитячих щеплень (børnevaccinationsprogram), вагітність і здоров'я; деякі матеріали доступні кількома мовами.",
        },
        "url": "https://www.sst.dk/",
        "city": "",
    },
    "m04-psykiatrifonden": {
        "name": {
            "da": "Psykiatrifonden",
            "en": "Psykiatrifonden (Danish mental health foundation)",
            "ar": "مؤسسة الطب النفسي (Psykiatrifonden)",
            "uk": "Фонд психічного здоров'я (Psykiatrifonden)",
        },
        "category": "health",
        "description": {
            "da": "En forening, som giver viden og rådgivning om psykisk sundhed og psykisk sygdom, både til dem, der har det svært, og til deres pårørende.",
            "en": "An organisation that offers information and advice about mental health and mental illness, both for people who are struggling and for their relatives.",
            "ar": "منظمة تقدّم المعلومات والاستشارة حول الصحة النفسية والأمراض النفسية، للأشخاص الذين يمرّون بوقت صعب ولأقاربهم أيضًا.",
            "uk": "Організація, яка надає інформацію та консультації щодо психічного здоров'я і психічних розладів — і тим, кому важко, і їхнім близьким.",
        },
        "url": "https://psykiatrifonden.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "health-care",
    "mandatory": True,
    "title": {
        "da": "Sundhed og sundhedsvæsenet",
        "en": "Health and health care",
        "ar": "الصحة والرعاية الصحية",
        "uk": "Здоров'я та охорона здоров'я",
    },
    "summary": {
        "da": "Lær, hvordan det danske sundhedsvæsen fungerer: din egen læge, sundhedskortet, og hvad der er gratis. Lær også, hvem du ringer til, når det haster, og hvor du kan få hjælp til din psykiske trivsel og dine børns sundhed.",
        "en": "Learn how the Danish health system works: your own doctor, the health card and what is free. Also learn whom to call when it is urgent, and where you can get help with your mental wellbeing and your children's health.",
        "ar": "تعرّف على طريقة عمل النظام الصحي الدنماركي: طبيبك الخاص، والبطاقة الصحية (sundhedskort)، وما هو مجاني. وتعرّف أيضًا بمن تتصل في الحالات العاجلة، وأين تجد المساعدة لصحتك النفسية ولصحة أطفالك.",
        "uk": "Дізнайтеся, як працює данська система охорони здоров'я: ваш власний лікар, медична картка (sundhedskort) і що є безкоштовним. А також — куди дзвонити в терміновому випадку і де отримати допомогу для свого психічного самопочуття та здоров'я дітей.",
    },
    "objectives": {
        "da": [
            "Du kan forklare, hvordan du bruger din egen læge og dit sundhedskort.",
            "Du kan forklare, hvad der er gratis, og hvad du selv betaler en del af, fx tandlæge og medicin.",
            "Du kan vælge det rigtige nummer, når du eller din familie bliver syg: egen læge, lægevagten, 1813 eller 112.",
            "Du kan finde hjælp, hvis du har det svært psykisk.",
            "Du kan forklare, hvilke gratis tilbud der er til børns sundhed, fx sundhedsplejerske og vaccinationer.",
        ],
        "en": [
            "You can explain how to use your own doctor and your health card.",
            "You can explain what is free and what you pay part of yourself, for example the dentist and medicines.",
            "You can choose the right number when you or your family fall ill: your own doctor, the out-of-hours doctor, 1813 or 112.",
            "You can find help if you are struggling with your mental health.",
            "You can explain which free services exist for children's health, for example the health visitor and vaccinations.",
        ],
        "ar": [
            "يمكنك شرح كيفية الاستفادة من طبيبك الخاص ومن بطاقتك الصحية (sundhedskort).",
            "يمكنك شرح ما هو مجاني وما تدفع جزءًا منه بنفسك، مثل طبيب الأسنان والأدوية.",
            "يمكنك اختيار الرقم الصحيح عندما تمرض أنت أو أحد أفراد أسرتك: طبيبك الخاص، أو طبيب المناوبة (lægevagt)، أو 1813، أو 112.",
            "يمكنك إيجاد المساعدة إذا كنت تمرّ بوقت صعب نفسيًا.",
            "يمكنك شرح الخدمات المجانية المتاحة لصحة الأطفال، مثل الممرضة الصحية (sundhedsplejerske) والتطعيمات.",
        ],
        "uk": [
            "Ви можете пояснити, як звертатися до свого лікаря і як користуватися медичною карткою (sundhedskort).",
            "Ви можете пояснити, що є безкоштовним, а за що ви частково платите самі, наприклад за стоматолога й ліки.",
            "Ви можете обрати правильний номер, коли ви або ваша родина захворіли: ваш лікар, черговий лікар (lægevagt), 1813 або 112.",
            "Ви можете знайти допомогу, якщо вам важко психологічно.",
            "Ви можете пояснити, які безкоштовні послуги є для здоров'я дітей, наприклад патронажна медсестра (sundhedsplejerske) і щеплення.",
        ],
    },
    "lessons": [
        {
            "slug": "the-health-system",
            "estimated_minutes": 45,
            "title": {
                "da": "Din læge og sundhedskortet",
                "en": "Your doctor and the health card",
            },
            "intro": {
                "da": "Sådan fungerer sundhedsvæsenet, og sådan bruger du din egen læge.",
                "en": "How the health system works, and how to use your own doctor.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Et sundhedsvæsen for alle",
                            "I Danmark betaler vi skat, og derfor er det meste af sundhedsvæsenet gratis. Alle, der bor i Danmark og har et CPR-nummer, har ret til gratis behandling hos egen læge og på hospitalet. Det kaldes <b>sygesikring</b>. Alle har den samme ret, uanset hvor meget de tjener.",
                            "Regionerne står for hospitalerne og for aftalerne med de praktiserende læger. Kommunerne står fx for sundhedsplejersker, tandpleje for børn og hjemmepleje.",
                        ],
                        "en": [
                            "## A health system for everyone",
                            "In Denmark we pay taxes, and that is why most of the health system is free. Everyone who lives in Denmark and has a CPR number has the right to free treatment from their own doctor and at the hospital. This is called <b>public health insurance</b> (sygesikring). Everyone has the same right, no matter how much they earn.",
                            "The regions run the hospitals and the agreements with the GPs. The municipalities are responsible for, for example, health visitors, dental care for children and home care.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Din egen læge",
                            "Når du får et CPR-nummer, får du også en <b>praktiserende læge</b>. Vi kalder ofte lægen for <i>egen læge</i>. Lægen har en klinik i nærheden af, hvor du bor.",
                            "Egen læge er det første sted, du går hen, når du er syg, og det ikke er akut. Lægen kan undersøge dig, give dig en recept på medicin og sende dig videre til en speciallæge eller et hospital. Det kaldes en <b>henvisning</b>. Til øjenlæge og ørelæge kan du dog gå uden henvisning.",
                            "Du skal ringe og bestille tid. Mange læger har telefontid om morgenen. Du kan også bruge appen <i>Min Læge</i> til at bestille tid, skrive til lægen eller få en videokonsultation. Du kan skifte læge på borger.dk, fx hvis du gerne vil have en læge tættere på.",
                        ],
                        "en": [
                            "## Your own doctor",
                            "When you get a CPR number, you also get a <b>GP</b> (praktiserende læge). People often call this doctor <i>egen læge</i>, your own doctor. The GP has a clinic near where you live.",
                            "Your GP is the first place to go when you are ill and it is not an emergency. The doctor can examine you, give you a prescription for medicine and send you on to a specialist or a hospital. This is called a <b>referral</b> (henvisning). However, you can see an eye specialist or an ear, nose and throat specialist without a referral.",
                            "You must call to book an appointment. Many doctors have phone hours in the morning. You can also use the <i>Min Læge</i> app to book an appointment, write to the doctor or have a video consultation. You can change doctor on borger.dk, for example if you would like a doctor closer to home.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m04-praktiserende-laege"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sundhedskortet",
                            "Du får et gult <b>sundhedskort</b>. På kortet står dit navn, dit CPR-nummer og navnet og adressen på din læge. Du kan også have kortet i appen <i>Sundhedskortet</i> på din telefon.",
                            "Tag sundhedskortet med, når du skal til lægen, på hospitalet, på apoteket og til tandlægen. Når du melder flytning, får du automatisk et nyt kort med din nye adresse.",
                        ],
                        "en": [
                            "## The health card",
                            "You get a yellow <b>health card</b> (sundhedskort). The card shows your name, your CPR number and the name and address of your doctor. You can also have the card in the <i>Sundhedskortet</i> app on your phone.",
                            "Bring your health card when you go to the doctor, the hospital, the pharmacy and the dentist. When you register a change of address, you automatically get a new card with your new address.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m04-sundhedskort"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad er gratis, og hvad koster penge?",
                            "- <b>Gratis</b>: egen læge, lægevagt, hospital, speciallæge med henvisning, undersøgelser når du er gravid, og børneundersøgelser.",
                            "- <b>Medicin</b>: Medicin på recept betaler du selv en del af. Jo mere medicin du køber i løbet af et år, jo større del betaler det offentlige. Det kaldes medicintilskud.",
                            "- <b>Tandlæge</b>: Børn og unge får gratis tandpleje i kommunen. Voksne betaler selv det meste hos tandlægen.",
                            "- <b>Psykolog og fysioterapeut</b>: Med en henvisning fra lægen betaler det offentlige i nogle tilfælde en del af prisen.",
                            "Mange voksne er medlem af Sygeforsikringen »danmark«. Det er en forening, hvor du betaler et fast beløb og får tilskud til fx tandlæge og medicin.",
                        ],
                        "en": [
                            "## What is free, and what costs money?",
                            "- <b>Free</b>: your own doctor, the out-of-hours doctor, hospital, a specialist with a referral, check-ups when you are pregnant, and health checks for children.",
                            "- <b>Medicine</b>: You pay part of the price of prescription medicine yourself. The more medicine you buy in a year, the bigger the share the state pays. This is called a medicine subsidy (medicintilskud).",
                            "- <b>Dentist</b>: Children and young people get free dental care from the municipality. Adults pay most of the dentist's bill themselves.",
                            "- <b>Psychologist and physiotherapist</b>: With a referral from your doctor, the public sector pays part of the price in some cases.",
                            "Many adults are members of Sygeforsikringen »danmark«. It is an association where you pay a fixed amount and get a subsidy for, for example, the dentist and medicine.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Med sygesikring er egen læge og hospital gratis.",
                            "Egen læge er det første sted, du går hen, når det ikke er akut.",
                            "Tag altid dit gule sundhedskort eller appen med.",
                            "Medicin og tandlæge for voksne betaler du selv en del af.",
                            "Sig det, når du bestiller tid, hvis du har brug for en tolk.",
                        ],
                        "en": [
                            "With public health insurance, your own doctor and the hospital are free.",
                            "Your own doctor is the first place to go when it is not an emergency.",
                            "Always bring your yellow health card or the app.",
                            "Adults pay part of the price of medicine and the dentist themselves.",
                            "Say so when you book an appointment if you need an interpreter.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tolk og gode råd",
                            "Hvis du ikke taler godt dansk, kan du bede om en tolk hos lægen og på hospitalet. Sig det, når du bestiller tid. Lægen vurderer, om der er brug for en tolk. I nogle tilfælde skal du selv betale et gebyr for tolken, så spørg om det. Brug ikke dine børn som tolk. Det er ikke godt for dem, og det kan give misforståelser.",
                            "Skriv dine spørgsmål ned før besøget, og fortæl lægen, hvilken medicin du tager. Hvis du ikke forstår noget, så spørg igen. Lægen har tavshedspligt.",
                        ],
                        "en": [
                            "## Interpreters and good advice",
                            "If you do not speak Danish well, you can ask for an interpreter at the doctor's and at the hospital. Say so when you book the appointment. The doctor decides whether an interpreter is needed. In some cases you must pay a fee for the interpreter yourself, so ask about it. Do not use your children as interpreters. It is not good for them, and it can lead to misunderstandings.",
                            "Write down your questions before the appointment, and tell the doctor which medicines you take. If you do not understand something, ask again. The doctor has a duty of confidentiality.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Dine sundhedsoplysninger", "en": "Your health information"},
                    "intro": {
                        "da": "På sundhed.dk kan du logge ind med MitID og se fx din læge, din medicin og dine prøvesvar.",
                        "en": "On sundhed.dk you can log in with MitID and see, for example, your doctor, your medicines and your test results.",
                    },
                    "resources": ["sundhed-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvordan gik du til lægen i dit hjemland? Hvad er anderledes ved at have en fast egen læge i Danmark?",
                        "en": "How did you see a doctor in your home country? What is different about having your own regular doctor in Denmark?",
                    },
                    "hint": {
                        "da": "Tænk på, hvem du gik til først, hvad det kostede, og hvordan du fik en tid. Find navnet på din egen læge på dit sundhedskort.",
                        "en": "Think about whom you went to first, what it cost and how you got an appointment. Find the name of your own doctor on your health card.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv: din læge", "en": "Test yourself: your doctor"},
                    "questions": [
                        {
                            "question": {
                                "da": "Hvor går du først hen, når du er syg, og det ikke er akut?",
                                "en": "Where do you go first when you are ill and it is not an emergency?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "Til egen læge", "en": "To your own doctor"},
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Direkte på hospitalet", "en": "Straight to the hospital"},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Til apoteket for at få en henvisning",
                                        "en": "To the pharmacy to get a referral",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Egen læge er det første sted, du går hen. Lægen kan henvise dig videre, hvis det er nødvendigt.",
                                "en": "Your own doctor is the first place to go. The doctor can refer you on if necessary.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad står der på dit sundhedskort?",
                                "en": "What is on your health card?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Dit navn, dit CPR-nummer og din læges navn og adresse",
                                        "en": "Your name, your CPR number and your doctor's name and address",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Din løn og din skat", "en": "Your salary and your tax"},
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "Alle dine vaccinationer", "en": "All your vaccinations"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sundhedskortet viser, hvem du er, og hvem din læge er. Tag det med, når du skal til lægen, på hospitalet eller på apoteket.",
                                "en": "The health card shows who you are and who your doctor is. Bring it to the doctor, the hospital or the pharmacy.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad skal voksne selv betale en del af?",
                                "en": "What do adults have to pay part of themselves?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "Tandlæge og medicin", "en": "The dentist and medicine"},
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Besøg hos egen læge", "en": "Visits to their own doctor"},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Behandling på hospitalet",
                                        "en": "Treatment at the hospital",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Egen læge og hospital er gratis. Voksne betaler selv en del af tandlæge og medicin.",
                                "en": "Your own doctor and the hospital are free. Adults pay part of the dentist and medicine themselves.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en henvisning?",
                                "en": "What is a referral (henvisning)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lægens besked om, at du skal videre til fx en speciallæge eller et hospital",
                                        "en": "The doctor's note that you should go on to, for example, a specialist or a hospital",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "En regning fra lægen", "en": "A bill from the doctor"},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En tid hos tandlægen",
                                        "en": "An appointment at the dentist's",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Med en henvisning fra egen læge kan du komme til en speciallæge eller på hospitalet gratis.",
                                "en": "With a referral from your own doctor, you can see a specialist or go to hospital for free.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "emergencies",
            "estimated_minutes": 40,
            "title": {
                "da": "Når det haster: 112, 1813 og lægevagten",
                "en": "When it is urgent: 112, 1813 and the out-of-hours doctor",
            },
            "intro": {
                "da": "Hvem du ringer til, når du eller din familie bliver syg eller kommer til skade.",
                "en": "Whom to call when you or your family fall ill or get hurt.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvem skal du ringe til?",
                            "Når du eller en i din familie bliver syg eller kommer til skade, er det vigtigt at vælge det rigtige sted. Så får du den rigtige hjælp hurtigt, og akutmodtagelserne bliver ikke fyldt op med mennesker, som kunne få hjælp et andet sted.",
                            "I Danmark skal du som regel ringe, før du tager på hospitalets akutmodtagelse eller skadestue. Så får du at vide, hvor du skal tage hen, og du venter mindre. Der er tre vigtige numre: 112, din egen læge og 1813 eller lægevagten.",
                        ],
                        "en": [
                            "## Whom should you call?",
                            "When you or someone in your family falls ill or gets hurt, it is important to choose the right place. Then you get the right help quickly, and the emergency departments are not filled up with people who could get help somewhere else.",
                            "In Denmark you usually have to call before you go to a hospital's emergency department or A&E. Then you are told where to go, and you wait less. There are three important numbers: 112, your own doctor, and 1813 or the out-of-hours doctor.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## 112 – når livet er i fare",
                            "Ring <b>112</b>, hvis der er fare for liv, fx hvis:",
                            "- en person er bevidstløs eller ikke trækker vejret normalt,",
                            "- en person har stærke smerter i brystet eller pludselig ikke kan tale eller bevæge en arm,",
                            "- der er sket en alvorlig ulykke, eller nogen bløder meget,",
                            "- der er brand.",
                            "Det er gratis at ringe 112, og der er åbent hele døgnet. Du kan tale dansk eller engelsk. Sig, hvor du er, hvad der er sket, og hvilket nummer du ringer fra. Læg ikke på, før de siger, at du må.",
                        ],
                        "en": [
                            "## 112 – when a life is in danger",
                            "Call <b>112</b> if a life is in danger, for example if:",
                            "- a person is unconscious or not breathing normally,",
                            "- a person has severe chest pain or suddenly cannot speak or move an arm,",
                            "- there has been a serious accident, or someone is bleeding heavily,",
                            "- there is a fire.",
                            "Calling 112 is free, and it is open day and night. You can speak Danish or English. Say where you are, what has happened and which number you are calling from. Do not hang up until they tell you to.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Lægevagten og 1813 – når det ikke kan vente",
                            "På hverdage i dagtimerne ringer du til din egen læge. Om aftenen, om natten, i weekenden og på helligdage er din læge lukket. Hvis du bliver syg, og det ikke kan vente til næste hverdag, skal du ringe til lægevagten:",
                            "- I <b>Region Hovedstaden</b>, fx København, Nordsjælland og Bornholm, ringer du til <b>1813</b>. Det er en akuttelefon, som har åbent hele døgnet. Ring altid 1813, før du tager på skadestuen eller akutmodtagelsen.",
                            "- I <b>de andre regioner</b> ringer du til <b>lægevagten</b>. Nummeret står på din regions hjemmeside og på sundhed.dk.",
                            "En sygeplejerske eller læge svarer. De stiller spørgsmål og siger, hvad du skal gøre: blive hjemme, komme til en konsultation eller tage på hospitalet. Hav dit sundhedskort klar, når du ringer.",
                        ],
                        "en": [
                            "## The out-of-hours doctor and 1813 – when it cannot wait",
                            "On weekdays during the day, you call your own doctor. In the evening, at night, at weekends and on public holidays, your doctor is closed. If you fall ill and it cannot wait until the next weekday, you must call the out-of-hours service:",
                            "- In the <b>Capital Region</b> (Region Hovedstaden), for example Copenhagen, North Zealand and Bornholm, you call <b>1813</b>. It is an emergency medical helpline that is open day and night. Always call 1813 before you go to A&E or the emergency department.",
                            "- In <b>the other regions</b> you call the <b>out-of-hours doctor</b> (lægevagten). The number is on your region's website and on sundhed.dk.",
                            "A nurse or doctor answers. They ask questions and tell you what to do: stay at home, come to an appointment or go to hospital. Have your health card ready when you call.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m04-laegevagt"},
                {
                    "type": "key_facts",
                    "title": {"da": "De vigtige numre", "en": "The important numbers"},
                    "facts": {
                        "da": [
                            "112: når der er fare for liv. Gratis og åbent hele døgnet.",
                            "Egen læge: på hverdage i dagtimerne.",
                            "1813: akuttelefonen i Region Hovedstaden, når din læge er lukket.",
                            "Lægevagten: i de andre regioner, når din læge er lukket.",
                            "Ring først – mød ikke bare op på skadestuen.",
                        ],
                        "en": [
                            "112: when a life is in danger. Free and open day and night.",
                            "Your own doctor: on weekdays during the day.",
                            "1813: the emergency medical helpline in the Capital Region when your doctor is closed.",
                            "The out-of-hours doctor (lægevagten): in the other regions when your doctor is closed.",
                            "Call first – do not just turn up at A&E.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Vær forberedt",
                            "Det er svært at tænke klart, når man er bange. Derfor er det godt at forberede sig, før der sker noget:",
                            "- Gem numrene i din telefon: 112, din egen læge og 1813 eller lægevagten i din region.",
                            "- Lær din adresse, så du kan sige den tydeligt i telefonen.",
                            "- Lær dine børn, at de skal ringe 112, hvis en voksen falder om og ikke vågner.",
                            "- Hav plaster, forbinding og et termometer derhjemme.",
                            "Et førstehjælpskursus er også en god idé. Så ved du, hvad du skal gøre, indtil hjælpen kommer.",
                        ],
                        "en": [
                            "## Be prepared",
                            "It is hard to think clearly when you are scared. That is why it is good to prepare before something happens:",
                            "- Save the numbers in your phone: 112, your own doctor, and 1813 or the out-of-hours doctor in your region.",
                            "- Learn your address so that you can say it clearly on the phone.",
                            "- Teach your children to call 112 if an adult collapses and does not wake up.",
                            "- Keep plasters, bandages and a thermometer at home.",
                            "A first aid course is also a good idea. Then you know what to do until help arrives.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find lægevagten i din region",
                        "en": "Find the out-of-hours doctor in your region",
                    },
                    "intro": {
                        "da": "På sundhed.dk kan du finde telefonnummeret til lægevagten, hvor du bor, og læse om akut hjælp.",
                        "en": "On sundhed.dk you can find the phone number of the out-of-hours doctor where you live and read about emergency help.",
                    },
                    "resources": ["sundhed-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad gør du, hvis dit barn får høj feber en lørdag aften? Kender du nummeret, du skal ringe til?",
                        "en": "What do you do if your child gets a high fever on a Saturday evening? Do you know the number you should call?",
                    },
                    "hint": {
                        "da": "Find ud af, hvilken region du bor i. Gem det rigtige nummer i din telefon i dag: 1813 eller lægevagten.",
                        "en": "Find out which region you live in. Save the right number in your phone today: 1813 or the out-of-hours doctor.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: når det haster",
                        "en": "Test yourself: when it is urgent",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "En person falder om og trækker ikke vejret. Hvad gør du?",
                                "en": "A person collapses and is not breathing. What do you do?",
                            },
                            "choices": [
                                {"text": {"da": "Ringer 112", "en": "Call 112"}, "correct": True},
                                {
                                    "text": {
                                        "da": "Ringer til egen læge næste dag",
                                        "en": "Call your own doctor the next day",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Skriver til lægen i appen Min Læge",
                                        "en": "Write to the doctor in the Min Læge app",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Når der er fare for liv, ringer du 112 med det samme.",
                                "en": "When a life is in danger, you call 112 at once.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du bor i København. Dit barn bliver sygt søndag aften, men det er ikke livsfarligt. Hvad gør du?",
                                "en": "You live in Copenhagen. Your child falls ill on Sunday evening, but it is not life-threatening. What do you do?",
                            },
                            "choices": [
                                {"text": {"da": "Ringer 1813", "en": "Call 1813"}, "correct": True},
                                {"text": {"da": "Ringer 112", "en": "Call 112"}, "correct": False},
                                {
                                    "text": {
                                        "da": "Tager direkte på skadestuen uden at ringe",
                                        "en": "Go straight to A&E without calling",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "København ligger i Region Hovedstaden. Her ringer du 1813, når din læge er lukket.",
                                "en": "Copenhagen is in the Capital Region. There you call 1813 when your doctor is closed.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du bor i Aarhus, og din læge er lukket. Hvem ringer du til, hvis det ikke kan vente?",
                                "en": "You live in Aarhus, and your doctor is closed. Whom do you call if it cannot wait?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lægevagten",
                                        "en": "The out-of-hours doctor (lægevagten)",
                                    },
                                    "correct": True,
                                },
                                {"text": {"da": "1813", "en": "1813"}, "correct": False},
                                {"text": {"da": "Kommunen", "en": "The municipality"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "1813 gælder kun i Region Hovedstaden. Aarhus ligger i en anden region, så her ringer du til lægevagten.",
                                "en": "1813 is only for the Capital Region. Aarhus is in another region, so there you call the out-of-hours doctor.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad skal du sige, når du ringer 112?",
                                "en": "What should you say when you call 112?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Hvor du er, hvad der er sket, og hvilket nummer du ringer fra",
                                        "en": "Where you are, what has happened and which number you are calling from",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Dit CPR-nummer og din løn",
                                        "en": "Your CPR number and your salary",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingenting – du skal bare vente",
                                        "en": "Nothing – you just wait",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Så kan hjælpen finde dig hurtigt og ringe tilbage, hvis forbindelsen bliver afbrudt.",
                                "en": "Then help can find you quickly and call you back if the line is cut off.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "wellbeing-and-childrens-health",
            "estimated_minutes": 45,
            "title": {
                "da": "Trivsel og børns sundhed",
                "en": "Wellbeing and children's health",
            },
            "intro": {
                "da": "Hvor du kan få hjælp, når du har det svært, og hvilke gratis tilbud der er til børn.",
                "en": "Where to get help when you are struggling, and which free services there are for children.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Psykisk sundhed er også sundhed",
                            "At komme til et nyt land er en stor forandring. Mange savner familie og venner, bekymrer sig om penge eller har oplevet krig og flugt. Det er normalt at have det svært i en periode.",
                            "Tegn på, at du har brug for hjælp, kan være, at du sover dårligt i lang tid, er meget trist eller bange, ikke kan koncentrere dig eller ikke har lyst til noget. Nogle får også ondt i kroppen, fx i hovedet eller maven.",
                            "I Danmark taler mange åbent om psykiske problemer. Det er ikke en skam at bede om hjælp. Lægen har <b>tavshedspligt</b>. Det betyder, at lægen som hovedregel ikke må fortælle andre om dig uden din tilladelse.",
                        ],
                        "en": [
                            "## Mental health is health too",
                            "Coming to a new country is a big change. Many people miss family and friends, worry about money, or have lived through war and flight. It is normal to have a hard time for a while.",
                            "Signs that you need help can be that you sleep badly for a long time, feel very sad or afraid, cannot concentrate, or do not feel like doing anything. Some people also get physical pain, for example in the head or stomach.",
                            "In Denmark, many people talk openly about mental health problems. There is no shame in asking for help. The doctor has a <b>duty of confidentiality</b> (tavshedspligt). This means that, as a rule, the doctor must not tell others about you without your permission.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvor kan du få hjælp?",
                            "- <b>Egen læge</b>: Start her. Lægen kan tale med dig, give behandling eller henvise dig til en psykolog eller en psykiater. I nogle situationer betaler det offentlige en del af prisen hos psykologen.",
                            "- <b>Hjælp til traumer</b>: Der findes særlig behandling for flygtninge, som har traumer fra krig, tortur eller flugt. Spørg din læge.",
                            "- <b>Rådgivning i telefon og chat</b>: Du kan tale anonymt med fx Livslinien, hvis du har tanker om selvmord, eller få råd hos Psykiatrifonden.",
                            "Hvis du selv eller en anden er i akut fare, så ring 112.",
                            "Gode vaner hjælper også: at bevæge sig, være ude i dagslys, spise regelmæssigt, sove nok og være sammen med andre, fx i en forening.",
                        ],
                        "en": [
                            "## Where can you get help?",
                            "- <b>Your own doctor</b>: Start here. The doctor can talk with you, give treatment or refer you to a psychologist or a psychiatrist. In some situations the public sector pays part of the psychologist's fee.",
                            "- <b>Help with trauma</b>: There is special treatment for refugees who have trauma from war, torture or flight. Ask your doctor.",
                            "- <b>Advice by phone and chat</b>: You can talk anonymously to, for example, Livslinien if you have thoughts of suicide, or get advice from Psykiatrifonden.",
                            "If you or someone else is in immediate danger, call 112.",
                            "Good habits also help: moving your body, being out in daylight, eating regularly, getting enough sleep and being with other people, for example in a club or association.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Når du får et barn",
                            "Når du er gravid, kan du gå til gratis undersøgelser hos egen læge og hos en jordemoder. Efter fødslen tilbyder kommunen besøg af en <b>sundhedsplejerske</b>. Det er en sygeplejerske med ekstra uddannelse i børn og familier.",
                            "Sundhedsplejersken kommer hjem til jer og taler fx om amning, søvn, vægt og barnets udvikling. Det er gratis og frivilligt, og det er en god mulighed for at stille spørgsmål. Senere ser sundhedsplejersken også børnene i skolen.",
                        ],
                        "en": [
                            "## When you have a baby",
                            "When you are pregnant, you can have free check-ups with your own doctor and a midwife (jordemoder). After the birth, the municipality offers visits from a <b>health visitor</b> (sundhedsplejerske). This is a nurse with extra training in children and families.",
                            "The health visitor comes to your home and talks about, for example, breastfeeding, sleep, weight and the child's development. It is free and voluntary, and it is a good chance to ask questions. Later, the health visitor also sees the children at school.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m04-sundhedsplejerske"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Børneundersøgelser og vaccinationer",
                            "Børn får gratis <b>børneundersøgelser</b> hos egen læge, fra de er få uger gamle, og indtil de begynder i skole. Lægen ser, om barnet vokser og udvikler sig godt.",
                            "Børn får også tilbudt gratis vaccinationer i <b>børnevaccinationsprogrammet</b>. Vaccinationerne beskytter mod alvorlige sygdomme, fx mæslinger, polio og kighoste. Den første vaccination får barnet, når det er 3 måneder. Når barnet er 12 år, tilbydes det en vaccination mod HPV, som kan give kræft.",
                            "Det er frivilligt at lade sit barn vaccinere, men sundhedsmyndighederne anbefaler det, og langt de fleste forældre i Danmark siger ja. Er I lige kommet til Danmark, så tag barnets vaccinationskort eller papirer med til lægen. Så kan lægen se, om barnet mangler nogle vaccinationer.",
                            "Børn og unge får også gratis tandpleje i kommunen. Kommunen sender en indkaldelse, når barnet skal til undersøgelse.",
                        ],
                        "en": [
                            "## Health checks and vaccinations for children",
                            "Children get free <b>health checks</b> (børneundersøgelser) with their own doctor from when they are a few weeks old until they start school. The doctor checks that the child is growing and developing well.",
                            "Children are also offered free vaccinations in the <b>childhood vaccination programme</b> (børnevaccinationsprogrammet). The vaccinations protect against serious diseases, for example measles, polio and whooping cough. The child gets the first vaccination at 3 months. At 12, the child is offered a vaccination against HPV, which can cause cancer.",
                            "Vaccinating your child is voluntary, but the health authorities recommend it, and the vast majority of parents in Denmark say yes. If you have just arrived in Denmark, bring your child's vaccination card or papers to the doctor. Then the doctor can see whether your child is missing any vaccinations.",
                            "Children and young people also get free dental care from the municipality. The municipality sends a notice when the child is due for a check-up.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Det er normalt at have det svært, og det er ikke en skam at bede om hjælp.",
                            "Start hos egen læge, hvis du har det psykisk dårligt.",
                            "Livslinien giver anonym hjælp, hvis du har tanker om selvmord: 70 201 201.",
                            "Sundhedsplejersken besøger familier med nyfødte børn gratis.",
                            "Børneundersøgelser og børnevaccinationer er gratis hos egen læge.",
                        ],
                        "en": [
                            "It is normal to have a hard time, and there is no shame in asking for help.",
                            "Start with your own doctor if you are struggling mentally.",
                            "Livslinien gives anonymous help if you have thoughts of suicide: 70 201 201.",
                            "The health visitor visits families with newborn babies for free.",
                            "Health checks and vaccinations for children are free at your own doctor's.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Hjælp og råd", "en": "Help and advice"},
                    "intro": {
                        "da": "Her kan du få råd om psykisk trivsel, tale anonymt med nogen og læse om vaccinationer.",
                        "en": "Here you can get advice about mental wellbeing, talk to someone anonymously and read about vaccinations.",
                    },
                    "resources": ["livslinien", "m04-psykiatrifonden", "m04-sundhedsstyrelsen"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad gør du selv for at have det godt i en svær periode? Hvem kunne du tale med, hvis det bliver for svært?",
                        "en": "What do you do yourself to feel well during a hard time? Whom could you talk to if it becomes too hard?",
                    },
                    "hint": {
                        "da": "Tænk både på små ting i hverdagen, fx en gåtur, og på personer eller steder, der kan hjælpe, fx din læge.",
                        "en": "Think both about small everyday things, for example a walk, and about people or places that can help, for example your doctor.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: trivsel og børns sundhed",
                        "en": "Test yourself: wellbeing and children's health",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du har sovet dårligt og været meget trist i flere uger. Hvad er et godt første skridt?",
                                "en": "You have slept badly and felt very sad for several weeks. What is a good first step?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At tale med din egen læge",
                                        "en": "Talk to your own doctor",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At vente og ikke sige noget til nogen",
                                        "en": "Wait and not tell anyone",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At tage direkte på skadestuen",
                                        "en": "Go straight to A&E",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Egen læge kan tale med dig og hjælpe dig videre, fx til en psykolog. Er du i akut fare, så ring 112.",
                                "en": "Your own doctor can talk with you and help you further, for example to a psychologist. If you are in immediate danger, call 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en sundhedsplejerske?",
                                "en": "What is a health visitor (sundhedsplejerske)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En sygeplejerske, der besøger familier med små børn og ser børnene i skolen",
                                        "en": "A nurse who visits families with young children and sees children at school",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En læge på hospitalets akutmodtagelse",
                                        "en": "A doctor in the hospital's emergency department",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En medarbejder på apoteket",
                                        "en": "A member of staff at the pharmacy",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sundhedsplejersken er ansat af kommunen, og besøgene er gratis.",
                                "en": "The health visitor is employed by the municipality, and the visits are free.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er rigtigt om børnevaccinationer i Danmark?",
                                "en": "What is true about childhood vaccinations in Denmark?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "De er gratis og frivillige, og myndighederne anbefaler dem",
                                        "en": "They are free and voluntary, and the authorities recommend them",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "De koster penge og er tvungne",
                                        "en": "They cost money and are compulsory",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "De gives kun på hospitalet",
                                        "en": "They are only given at the hospital",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Børnevaccinationerne gives gratis hos egen læge. Det er frivilligt, men de fleste forældre siger ja.",
                                "en": "Childhood vaccinations are given for free by your own doctor. They are voluntary, but most parents say yes.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder tavshedspligt?",
                                "en": "What does a duty of confidentiality (tavshedspligt) mean?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lægen må som hovedregel ikke fortælle andre om dig",
                                        "en": "As a rule, the doctor must not tell others about you",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Du må ikke tale med andre om din sygdom",
                                        "en": "You must not talk to others about your illness",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Lægen må kun tale dansk med dig",
                                        "en": "The doctor may only speak Danish with you",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Tavshedspligten beskytter dig. Derfor kan du trygt fortælle lægen, hvordan du har det.",
                                "en": "The duty of confidentiality protects you. That is why you can safely tell the doctor how you feel.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
