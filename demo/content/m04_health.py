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
            "ar": "الطبيب الذي يُخصَّص لك عندما تحصل على رقم شخصي. طبيبك الخاص (egen læge) هو أول مكان تذهب إليه عندما تمرض ولا تكون الحالة طارئة. زيارة طبيب الأسرة مجانية، ويمكنه تحويلك إلى طبيب مختص أو إلى المستشفى.",
            "uk": "Лікар, якого вам призначають, коли ви отримуєте номер CPR. Ваш власний лікар (egen læge) — це перше місце, куди треба звертатися, коли ви хворієте, але це не невідкладний випадок. Прийом у сімейного лікаря безкоштовний, і він може направити вас до вузького спеціаліста або до лікарні.",
        },
    },
    "m04-sundhedskort": {
        "term": {
            "da": "Sundhedskort",
            "en": "Health card (sundhedskort)",
            "ar": "بطاقة الصحة (sundhedskort)",
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
            "da": "Lægevagt",
            "en": "Out-of-hours doctor (lægevagt)",
            "ar": "طبيب المناوبة (lægevagt)",
            "uk": "Черговий лікар (lægevagt)",
        },
        "explanation": {
            "da": "Den telefon, du ringer til, når du bliver syg om aftenen, om natten, i weekenden eller på en helligdag, og det ikke kan vente til din egen læge åbner. Nummeret afhænger af din region: Region Hovedstaden 1813, Region Sjælland 1818, Region Syddanmark 70 11 07 07, Region Midtjylland 70 11 31 31 og Region Nordjylland 70 15 03 00. Gem din regions nummer, og tjek det på regionens hjemmeside, for numrene kan ændre sig. Ring altid, før du tager på skadestuen. Er der fare for liv, så ring 112.",
            "en": "The phone line you call when you fall ill in the evening, at night, at the weekend or on a public holiday, and it cannot wait until your own doctor opens. The number depends on your region: Capital Region (Region Hovedstaden) 1813, Region Zealand (Region Sjælland) 1818, Region of Southern Denmark (Region Syddanmark) 70 11 07 07, Central Denmark Region (Region Midtjylland) 70 11 31 31 and North Denmark Region (Region Nordjylland) 70 15 03 00. Save your region's number and check it on the region's website, because the numbers can change. Always call before you go to A&E. If a life is in danger, call 112.",
            "ar": "رقم الهاتف الذي تتصل به عندما تمرض في المساء أو الليل أو في عطلة نهاية الأسبوع أو في يوم عطلة رسمية، ولا يمكن الانتظار حتى تفتح عيادة طبيبك الخاص. يختلف الرقم حسب إقليمك: إقليم العاصمة (Region Hovedstaden) 1813، وإقليم شيلاند (Region Sjælland) 1818، وإقليم جنوب الدنمارك (Region Syddanmark) 70 11 07 07، وإقليم وسط يولاند (Region Midtjylland) 70 11 31 31، وإقليم شمال يولاند (Region Nordjylland) 70 15 03 00. احفظ رقم إقليمك وتأكّد منه على الموقع الإلكتروني للإقليم، لأن الأرقام قد تتغير. اتصل دائمًا قبل أن تذهب إلى قسم الطوارئ (skadestue). وإذا كانت هناك حياة في خطر، فاتصل بالرقم 112.",
            "uk": "Телефон, за яким треба дзвонити, коли ви захворіли ввечері, вночі, у вихідні чи у святковий день і це не може чекати, поки відкриється ваш лікар. Номер залежить від вашого регіону: Столичний регіон (Region Hovedstaden) – 1813, регіон Зеландія (Region Sjælland) – 1818, регіон Південна Данія (Region Syddanmark) – 70 11 07 07, регіон Центральна Ютландія (Region Midtjylland) – 70 11 31 31, регіон Північна Ютландія (Region Nordjylland) – 70 15 03 00. Збережіть номер свого регіону і перевірте його на сайті регіону, бо номери можуть змінюватися. Завжди телефонуйте, перш ніж їхати до травмпункту (skadestue). Якщо є загроза життю, телефонуйте 112.",
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
        "ar": "تعرّف على طريقة عمل النظام الصحي الدنماركي: طبيبك الخاص، وبطاقة الصحة (sundhedskort)، وما هو مجاني. وتعرّف أيضًا بمن تتصل في الحالات العاجلة، وأين تجد المساعدة لصحتك النفسية ولصحة أطفالك.",
        "uk": "Дізнайтеся, як працює данська система охорони здоров'я: ваш власний лікар, медична картка (sundhedskort) і що є безкоштовним. А також — куди дзвонити в терміновому випадку і де отримати допомогу для свого психічного самопочуття та здоров'я дітей.",
    },
    "objectives": {
        "da": [
            "Du kan forklare, hvordan du bruger din egen læge og dit sundhedskort.",
            "Du kan forklare, hvad der er gratis, og hvad du selv betaler en del af, fx tandlæge og medicin.",
            "Du kan vælge det rigtige nummer, når du eller din familie bliver syg: egen læge, lægevagten i din region eller 112.",
            "Du kan finde hjælp, hvis du har det svært psykisk.",
            "Du kan forklare, hvilke gratis tilbud der er til børns sundhed, fx sundhedsplejerske og vaccinationer.",
        ],
        "en": [
            "You can explain how to use your own doctor and your health card.",
            "You can explain what is free and what you pay part of yourself, for example the dentist and medicines.",
            "You can choose the right number when you or your family fall ill: your own doctor, the out-of-hours doctor in your region or 112.",
            "You can find help if you are struggling with your mental health.",
            "You can explain which free services exist for children's health, for example the health visitor and vaccinations.",
        ],
        "ar": [
            "يمكنك شرح كيفية الاستفادة من طبيبك الخاص ومن بطاقة الصحة (sundhedskort) الخاصة بك.",
            "يمكنك شرح ما هو مجاني وما تدفع جزءًا منه بنفسك، مثل طبيب الأسنان والأدوية.",
            "يمكنك اختيار الرقم الصحيح عندما تمرض أنت أو أحد أفراد أسرتك: طبيبك الخاص، أو طبيب المناوبة (lægevagt) في إقليمك، أو 112.",
            "يمكنك إيجاد المساعدة إذا كنت تمرّ بوقت صعب نفسيًا.",
            "يمكنك شرح الخدمات المجانية المتاحة لصحة الأطفال، مثل الممرضة الصحية (sundhedsplejerske) والتطعيمات.",
        ],
        "uk": [
            "Ви можете пояснити, як звертатися до свого лікаря і як користуватися медичною карткою (sundhedskort).",
            "Ви можете пояснити, що є безкоштовним, а за що ви частково платите самі, наприклад за стоматолога й ліки.",
            "Ви можете обрати правильний номер, коли ви або ваша родина захворіли: ваш лікар, черговий лікар (lægevagt) у вашому регіоні або 112.",
            "Ви можете знайти допомогу, якщо вам важко психологічно.",
            "Ви можете пояснити, які безкоштовні послуги є для здоров'я дітей, наприклад патронажна медсестра (sundhedsplejerske) і щеплення.",
        ],
    },
    "lessons": [
        {
            "slug": "the-health-system",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Din læge og sundhedskortet",
                "en": "Your doctor and the health card",
                "ar": "طبيبك وبطاقة الصحة",
                "uk": "Ваш лікар і медична картка",
            },
            "intro": {
                "da": "Sådan fungerer sundhedsvæsenet, og sådan bruger du din egen læge.",
                "en": "How the health system works, and how to use your own doctor.",
                "ar": "كيف يعمل النظام الصحي، وكيف تستفيد من طبيبك الخاص.",
                "uk": "Як працює система охорони здоров'я і як звертатися до свого лікаря.",
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
                        "ar": [
                            "## نظام صحي للجميع",
                            "في الدنمارك ندفع الضرائب، ولهذا فإن معظم الخدمات الصحية مجانية. كل من يعيش في الدنمارك ولديه رقم شخصي له الحق في العلاج المجاني عند طبيبه الخاص وفي المستشفى. ويسمى هذا <b>التأمين الصحي العام (sygesikring)</b>. للجميع الحق نفسه، مهما كان دخلهم.",
                            "الأقاليم (regioner) مسؤولة عن المستشفيات وعن الاتفاقات مع أطباء الأسرة. والبلديات (kommuner) مسؤولة مثلًا عن الممرضات الصحيات (sundhedsplejersker) وعلاج أسنان الأطفال والرعاية المنزلية.",
                        ],
                        "uk": [
                            "## Система охорони здоров'я для всіх",
                            "У Данії ми платимо податки, і тому більша частина медичної допомоги безкоштовна. Кожен, хто живе в Данії і має номер CPR, має право на безкоштовне лікування у свого лікаря і в лікарні. Це називається <b>державне медичне страхування (sygesikring)</b>. Усі мають однакове право, незалежно від того, скільки заробляють.",
                            "Регіони (regioner) відповідають за лікарні та за договори із сімейними лікарями. Комуни (kommuner) відповідають, наприклад, за патронажних медсестер (sundhedsplejersker), стоматологічну допомогу дітям і догляд удома.",
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
                            "When you get a CPR number, you also get a <b>GP</b> (praktiserende læge). People often call this doctor <i>your own doctor</i> (egen læge). The GP has a clinic near where you live.",
                            "Your own doctor is the first place to go when you are ill and it is not an emergency. The doctor can examine you, give you a prescription for medicine and send you on to a specialist or a hospital. This is called a <b>referral</b> (henvisning). However, you can see an eye specialist or an ear, nose and throat specialist without a referral.",
                            "You must call to book an appointment. Many doctors have phone hours in the morning. You can also use the <i>Min Læge</i> app to book an appointment, write to the doctor or have a video consultation. You can change doctor on borger.dk, for example if you would like a doctor closer to home.",
                        ],
                        "ar": [
                            "## طبيبك الخاص",
                            "عندما تحصل على رقم شخصي، تحصل أيضًا على <b>طبيب الأسرة (praktiserende læge)</b>. وغالبًا ما نسمّيه <i>طبيبك الخاص (egen læge)</i>. لدى الطبيب عيادة قريبة من مكان سكنك.",
                            "طبيبك الخاص هو أول مكان تذهب إليه عندما تمرض ولا تكون الحالة طارئة. يستطيع الطبيب أن يفحصك، وأن يكتب لك وصفة طبية للدواء، وأن يرسلك إلى طبيب مختص أو إلى المستشفى. ويسمى هذا <b>إحالة (henvisning)</b>. لكن يمكنك أن تذهب إلى طبيب العيون وطبيب الأنف والأذن والحنجرة دون إحالة.",
                            "يجب أن تتصل لتحجز موعدًا. كثير من الأطباء يردّون على الهاتف في الصباح. ويمكنك أيضًا أن تستخدم تطبيق <i>Min Læge</i> لتحجز موعدًا، أو تكتب إلى الطبيب، أو تجري استشارة بالفيديو. ويمكنك أن تغيّر طبيبك على borger.dk، مثلًا إذا أردت طبيبًا أقرب إلى بيتك.",
                        ],
                        "uk": [
                            "## Ваш власний лікар",
                            "Коли ви отримуєте номер CPR, вам також призначають <b>сімейного лікаря (praktiserende læge)</b>. Його часто називають <i>власний лікар (egen læge)</i>. Клініка лікаря розташована недалеко від місця, де ви живете.",
                            "Ваш лікар – це перше місце, куди треба звертатися, коли ви хворієте, але це не невідкладний випадок. Лікар може оглянути вас, виписати рецепт на ліки і направити вас до вузького спеціаліста або в лікарню. Це називається <b>направлення (henvisning)</b>. Але до окуліста і до ЛОР-лікаря можна йти без направлення.",
                            "Треба зателефонувати і записатися на прийом. У багатьох лікарів є години для дзвінків уранці. Також можна користуватися застосунком <i>Min Læge</i>, щоб записатися на прийом, написати лікареві або отримати відеоконсультацію. Змінити лікаря можна на borger.dk, наприклад якщо ви хочете лікаря ближче до дому.",
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
                        "ar": [
                            "## بطاقة الصحة",
                            "تحصل على <b>بطاقة صحة (sundhedskort)</b> صفراء. مكتوب على البطاقة اسمك ورقمك الشخصي واسم طبيبك وعنوانه. ويمكنك أيضًا أن تحمل البطاقة في تطبيق <i>Sundhedskortet</i> على هاتفك.",
                            "خذ بطاقة الصحة معك عندما تذهب إلى الطبيب أو المستشفى أو الصيدلية أو طبيب الأسنان. وعندما تبلّغ عن تغيير عنوانك، تحصل تلقائيًا على بطاقة جديدة عليها عنوانك الجديد.",
                        ],
                        "uk": [
                            "## Медична картка",
                            "Ви отримуєте жовту <b>медичну картку (sundhedskort)</b>. На ній написано ваше ім'я, номер CPR, а також ім'я та адресу вашого лікаря. Картку також можна мати в застосунку <i>Sundhedskortet</i> на телефоні.",
                            "Беріть медичну картку з собою, коли йдете до лікаря, у лікарню, в аптеку і до стоматолога. Коли ви повідомляєте про переїзд, то автоматично отримуєте нову картку з новою адресою.",
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
                            "- <b>Medicine</b>: You pay part of the price of prescription medicine yourself. The more medicine you buy in a year, the bigger the share the public sector pays. This is called a medicine subsidy (medicintilskud).",
                            "- <b>Dentist</b>: Children and young people get free dental care from the municipality. Adults pay most of the dentist's bill themselves.",
                            "- <b>Psychologist and physiotherapist</b>: With a referral from your doctor, the public sector pays part of the price in some cases.",
                            "Many adults are members of Sygeforsikringen »danmark«. It is an association where you pay a fixed amount and get a subsidy for, for example, the dentist and medicine.",
                        ],
                        "ar": [
                            "## ما المجاني، وما الذي يكلّف مالًا؟",
                            "- <b>مجاني</b>: طبيبك الخاص، وطبيب المناوبة (lægevagt)، والمستشفى، والطبيب المختص إذا كانت معك إحالة، والفحوص أثناء الحمل، والفحوص الصحية للأطفال.",
                            "- <b>الأدوية</b>: تدفع بنفسك جزءًا من ثمن الأدوية التي تُصرف بوصفة طبية. وكلما اشتريت أدوية أكثر خلال السنة، زاد الجزء الذي يدفعه القطاع العام. ويسمى هذا دعم الأدوية (medicintilskud).",
                            "- <b>طبيب الأسنان</b>: يحصل الأطفال والشباب على علاج أسنان مجاني من البلدية. أما البالغون فيدفعون بأنفسهم معظم تكلفة طبيب الأسنان.",
                            "- <b>الأخصائي النفسي والمعالج الفيزيائي</b>: إذا كانت معك إحالة من الطبيب، يدفع القطاع العام في بعض الحالات جزءًا من السعر.",
                            "كثير من البالغين أعضاء في Sygeforsikringen »danmark«. وهي جمعية تدفع لها مبلغًا ثابتًا، وتحصل منها على دعم لتكاليف طبيب الأسنان والأدوية مثلًا.",
                        ],
                        "uk": [
                            "## Що безкоштовне, а за що треба платити?",
                            "- <b>Безкоштовно</b>: ваш лікар, черговий лікар (lægevagt), лікарня, вузький спеціаліст за направленням, обстеження під час вагітності та профілактичні огляди дітей.",
                            "- <b>Ліки</b>: за ліки за рецептом ви частину ціни платите самі. Що більше ліків ви купуєте протягом року, то більшу частину оплачує державний сектор. Це називається компенсація вартості ліків (medicintilskud).",
                            "- <b>Стоматолог</b>: діти й молодь отримують безкоштовну стоматологічну допомогу в комуні. Дорослі більшу частину рахунку в стоматолога оплачують самі.",
                            "- <b>Психолог і фізіотерапевт</b>: якщо у вас є направлення від лікаря, у деяких випадках державний сектор оплачує частину ціни.",
                            "Багато дорослих є членами Sygeforsikringen »danmark«. Це об'єднання, у яке ви платите фіксований внесок і за це отримуєте компенсацію, наприклад, за стоматолога і ліки.",
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
                            "Med sygesikring er egen læge og hospital gratis.",
                            "Egen læge er det første sted, du går hen, når det ikke er akut.",
                            "Tag altid dit gule sundhedskort eller appen med.",
                            "Medicin og tandlæge for voksne betaler du selv en del af.",
                            "Har du brug for en tolk, så sig det, når du bestiller tid. De første tre år i Danmark er tolkning gratis.",
                        ],
                        "en": [
                            "With public health insurance, your own doctor and the hospital are free.",
                            "Your own doctor is the first place to go when it is not an emergency.",
                            "Always bring your yellow health card or the app.",
                            "Adults pay part of the price of medicine and the dentist themselves.",
                            "If you need an interpreter, say so when you book an appointment. For your first three years in Denmark, interpreting is free.",
                        ],
                        "ar": [
                            "مع التأمين الصحي العام (sygesikring) تكون زيارة طبيبك الخاص والعلاج في المستشفى مجانيين.",
                            "طبيبك الخاص هو أول مكان تذهب إليه عندما لا تكون الحالة طارئة.",
                            "خذ معك دائمًا بطاقة الصحة الصفراء أو التطبيق.",
                            "يدفع البالغون بأنفسهم جزءًا من ثمن الأدوية ومن تكلفة طبيب الأسنان.",
                            "إذا احتجت إلى مترجم شفهي (tolk)، فقل ذلك عندما تحجز الموعد. الترجمة مجانية في السنوات الثلاث الأولى في الدنمارك.",
                        ],
                        "uk": [
                            "Завдяки державному медичному страхуванню (sygesikring) ваш лікар і лікарня безкоштовні.",
                            "Ваш лікар – це перше місце, куди треба звертатися, коли це не невідкладний випадок.",
                            "Завжди беріть із собою жовту медичну картку або застосунок.",
                            "За ліки і стоматолога дорослі частково платять самі.",
                            "Якщо вам потрібен перекладач (tolk), скажіть про це, коли записуєтеся на прийом. Перші три роки в Данії переклад безкоштовний.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tolk og gode råd",
                            "Hvis du ikke taler godt dansk, kan du bede om en tolk hos lægen og på hospitalet. Sig det, når du bestiller tid. Lægen vurderer, om der er brug for en tolk. Tolkningen er gratis de første tre år, du bor i Danmark. Derefter kan du skulle betale et gebyr for tolken (tolkegebyr). Der er undtagelser, fx når forældre har brug for en tolk til deres barns behandling. Spørg om det, når du bestiller tid. Brug ikke dine børn som tolk. Det er ikke godt for dem, og det kan give misforståelser.",
                            "Skriv dine spørgsmål ned før besøget, og fortæl lægen, hvilken medicin du tager. Hvis du ikke forstår noget, så spørg igen. Lægen har tavshedspligt.",
                        ],
                        "en": [
                            "## Interpreters and good advice",
                            "If you do not speak Danish well, you can ask for an interpreter at the doctor's and at the hospital. Say so when you book the appointment. The doctor decides whether an interpreter is needed. Interpreting is free for the first three years you live in Denmark. After that, you may have to pay a fee for the interpreter (tolkegebyr). There are exceptions, for example when parents need an interpreter for their child's treatment. Ask about it when you book. Do not use your children as interpreters. It is not good for them, and it can lead to misunderstandings.",
                            "Write down your questions before the appointment, and tell the doctor which medicines you take. If you do not understand something, ask again. The doctor has a duty of confidentiality.",
                        ],
                        "ar": [
                            "## المترجم الشفهي ونصائح مفيدة",
                            "إذا كنت لا تتكلم الدنماركية جيدًا، يمكنك أن تطلب مترجمًا شفهيًا (tolk) عند الطبيب وفي المستشفى. قل ذلك عندما تحجز الموعد. والطبيب هو الذي يقرّر هل هناك حاجة إلى مترجم. الترجمة مجانية في السنوات الثلاث الأولى التي تعيش فيها في الدنمارك. بعد ذلك قد يكون عليك أن تدفع رسومًا مقابل المترجم (tolkegebyr). وهناك استثناءات، مثلًا عندما يحتاج الوالدان إلى مترجم أثناء علاج طفلهما. اسأل عن ذلك عندما تحجز الموعد. لا تستعن بأطفالك كمترجمين، فهذا ليس جيدًا لهم، وقد يسبّب سوء فهم.",
                            "اكتب أسئلتك قبل الزيارة، وأخبر الطبيب بالأدوية التي تتناولها. وإذا لم تفهم شيئًا، فاسأل مرة أخرى. الطبيب ملزم بالحفاظ على السرية (tavshedspligt).",
                        ],
                        "uk": [
                            "## Перекладач і корисні поради",
                            "Якщо ви погано розмовляєте данською, можна попросити перекладача (tolk) у лікаря і в лікарні. Скажіть про це, коли записуєтеся на прийом. Лікар вирішує, чи потрібен перекладач. Перші три роки, коли ви живете в Данії, переклад безкоштовний. Після цього вам, можливо, доведеться платити збір за перекладача (tolkegebyr). Є винятки, наприклад коли батькам потрібен перекладач під час лікування їхньої дитини. Запитайте про це, коли записуєтеся на прийом. Не просіть своїх дітей перекладати. Це погано для них, і можуть виникнути непорозуміння.",
                            "Запишіть свої запитання перед візитом і скажіть лікареві, які ліки ви приймаєте. Якщо ви чогось не розумієте, запитайте ще раз. Лікар зобов'язаний зберігати конфіденційність (tavshedspligt).",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Dine sundhedsoplysninger",
                        "en": "Your health information",
                        "ar": "معلوماتك الصحية",
                        "uk": "Ваша медична інформація",
                    },
                    "intro": {
                        "da": "På sundhed.dk kan du logge ind med MitID og se fx din læge, din medicin og dine prøvesvar.",
                        "en": "On sundhed.dk you can log in with MitID and see, for example, your doctor, your medicines and your test results.",
                        "ar": "على sundhed.dk يمكنك أن تسجّل الدخول باستخدام MitID وأن ترى مثلًا طبيبك وأدويتك ونتائج فحوصك.",
                        "uk": "На sundhed.dk можна увійти через MitID і побачити, наприклад, свого лікаря, свої ліки та результати аналізів.",
                    },
                    "resources": ["sundhed-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvordan gik du til lægen i dit hjemland? Hvad er anderledes ved at have en fast egen læge i Danmark?",
                        "en": "How did you see a doctor in your home country? What is different about having your own regular doctor in Denmark?",
                        "ar": "كيف كنت تذهب إلى الطبيب في بلدك الأصلي؟ ما الذي يختلف عندما يكون لك طبيب خاص ثابت في الدنمارك؟",
                        "uk": "Як ви зверталися до лікаря у своїй країні? Що інакше, коли в Данії у вас є свій постійний лікар?",
                    },
                    "hint": {
                        "da": "Tænk på, hvem du gik til først, hvad det kostede, og hvordan du fik en tid. Find navnet på din egen læge på dit sundhedskort.",
                        "en": "Think about whom you went to first, what it cost and how you got an appointment. Find the name of your own doctor on your health card.",
                        "ar": "فكّر إلى من كنت تذهب أولًا، وكم كان ذلك يكلّف، وكيف كنت تحصل على موعد. ابحث عن اسم طبيبك الخاص على بطاقة الصحة الخاصة بك.",
                        "uk": "Подумайте, до кого ви йшли спочатку, скільки це коштувало і як ви записувалися на прийом. Знайдіть ім'я свого лікаря на медичній картці.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: din læge",
                        "en": "Test yourself: your doctor",
                        "ar": "اختبر نفسك: طبيبك",
                        "uk": "Перевірте себе: ваш лікар",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvor går du først hen, når du er syg, og det ikke er akut?",
                                "en": "Where do you go first when you are ill and it is not an emergency?",
                                "ar": "إلى أين تذهب أولًا عندما تمرض ولا تكون الحالة طارئة؟",
                                "uk": "Куди ви звертаєтеся спочатку, коли хворієте, але це не невідкладний випадок?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Til egen læge",
                                        "en": "To your own doctor",
                                        "ar": "إلى طبيبك الخاص",
                                        "uk": "До свого лікаря",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Direkte på hospitalet",
                                        "en": "Straight to the hospital",
                                        "ar": "مباشرة إلى المستشفى",
                                        "uk": "Одразу в лікарню",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Til apoteket for at få en henvisning",
                                        "en": "To the pharmacy to get a referral",
                                        "ar": "إلى الصيدلية للحصول على إحالة",
                                        "uk": "В аптеку, щоб отримати направлення",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Egen læge er det første sted, du går hen. Lægen kan henvise dig videre, hvis det er nødvendigt.",
                                "en": "Your own doctor is the first place to go. The doctor can refer you on if necessary.",
                                "ar": "طبيبك الخاص هو أول مكان تذهب إليه. ويستطيع الطبيب أن يحيلك إلى جهة أخرى إذا كان ذلك ضروريًا.",
                                "uk": "Ваш лікар – це перше місце, куди треба звертатися. Якщо потрібно, лікар дасть вам направлення далі.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad står der på dit sundhedskort?",
                                "en": "What is on your health card?",
                                "ar": "ما المكتوب على بطاقة الصحة الخاصة بك؟",
                                "uk": "Що написано на вашій медичній картці?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Dit navn, dit CPR-nummer og din læges navn og adresse",
                                        "en": "Your name, your CPR number and your doctor's name and address",
                                        "ar": "اسمك ورقمك الشخصي واسم طبيبك وعنوانه",
                                        "uk": "Ваше ім'я, номер CPR, а також ім'я та адреса вашого лікаря",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Din løn og din skat",
                                        "en": "Your salary and your tax",
                                        "ar": "راتبك وضرائبك",
                                        "uk": "Ваша зарплата і ваші податки",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Alle dine vaccinationer",
                                        "en": "All your vaccinations",
                                        "ar": "كل تطعيماتك",
                                        "uk": "Усі ваші щеплення",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sundhedskortet viser, hvem du er, og hvem din læge er. Tag det med, når du skal til lægen, på hospitalet eller på apoteket.",
                                "en": "The health card shows who you are and who your doctor is. Bring it to the doctor, the hospital or the pharmacy.",
                                "ar": "تُظهر بطاقة الصحة من أنت ومن هو طبيبك. خذها معك عندما تذهب إلى الطبيب أو المستشفى أو الصيدلية.",
                                "uk": "Медична картка показує, хто ви і хто ваш лікар. Беріть її з собою, коли йдете до лікаря, у лікарню чи в аптеку.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad skal voksne selv betale en del af?",
                                "en": "What do adults have to pay part of themselves?",
                                "ar": "ما الذي يجب على البالغين أن يدفعوا جزءًا منه بأنفسهم؟",
                                "uk": "За що дорослі мають частково платити самі?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Tandlæge og medicin",
                                        "en": "The dentist and medicine",
                                        "ar": "طبيب الأسنان والأدوية",
                                        "uk": "Стоматолог і ліки",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Besøg hos egen læge",
                                        "en": "Visits to their own doctor",
                                        "ar": "زيارة طبيبهم الخاص",
                                        "uk": "Візити до свого лікаря",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Behandling på hospitalet",
                                        "en": "Treatment at the hospital",
                                        "ar": "العلاج في المستشفى",
                                        "uk": "Лікування в лікарні",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Egen læge og hospital er gratis. Voksne betaler selv en del af tandlæge og medicin.",
                                "en": "Your own doctor and the hospital are free. Adults pay part of the dentist and medicine themselves.",
                                "ar": "زيارة طبيبك الخاص والعلاج في المستشفى مجانيان. أما البالغون فيدفعون بأنفسهم جزءًا من تكلفة طبيب الأسنان والأدوية.",
                                "uk": "Ваш лікар і лікарня безкоштовні. За стоматолога і ліки дорослі частково платять самі.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en henvisning?",
                                "en": "What is a referral (henvisning)?",
                                "ar": "ما هي الإحالة (henvisning)؟",
                                "uk": "Що таке направлення (henvisning)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lægens besked om, at du skal videre til fx en speciallæge eller et hospital",
                                        "en": "The doctor's note that you should go on to, for example, a specialist or a hospital",
                                        "ar": "رسالة من الطبيب بأن عليك أن تذهب مثلًا إلى طبيب مختص أو إلى المستشفى",
                                        "uk": "Повідомлення лікаря про те, що вам треба звернутися, наприклад, до вузького спеціаліста або в лікарню",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En regning fra lægen",
                                        "en": "A bill from the doctor",
                                        "ar": "فاتورة من الطبيب",
                                        "uk": "Рахунок від лікаря",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En tid hos tandlægen",
                                        "en": "An appointment at the dentist's",
                                        "ar": "موعد عند طبيب الأسنان",
                                        "uk": "Запис до стоматолога",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Med en henvisning fra egen læge kan du komme til en speciallæge eller på hospitalet gratis.",
                                "en": "With a referral from your own doctor, you can see a specialist or go to hospital for free.",
                                "ar": "بإحالة من طبيبك الخاص يمكنك أن تذهب مجانًا إلى طبيب مختص أو إلى المستشفى.",
                                "uk": "З направленням від свого лікаря ви можете безкоштовно потрапити до вузького спеціаліста або в лікарню.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "emergencies",
            "last_checked": "2026-12-07",
            "estimated_minutes": 40,
            "title": {
                "da": "Når det haster: 112 og lægevagten",
                "en": "When it is urgent: 112 and the out-of-hours doctor",
                "ar": "عندما يكون الأمر عاجلًا: 112 وطبيب المناوبة",
                "uk": "Коли терміново: 112 і черговий лікар",
            },
            "intro": {
                "da": "Hvem du ringer til, når du eller din familie bliver syg eller kommer til skade.",
                "en": "Whom to call when you or your family fall ill or get hurt.",
                "ar": "بمن تتصل عندما تمرض أنت أو أحد أفراد أسرتك أو تتعرّضون لإصابة.",
                "uk": "Куди телефонувати, коли ви або хтось із вашої родини захворів чи травмувався.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvem skal du ringe til?",
                            "Når du eller en i din familie bliver syg eller kommer til skade, er det vigtigt at vælge det rigtige sted. Så får du den rigtige hjælp hurtigt, og akutmodtagelserne bliver ikke fyldt op med mennesker, som kunne få hjælp et andet sted.",
                            "I Danmark skal du som regel ringe, før du tager på hospitalets akutmodtagelse eller skadestue. Så får du at vide, hvor du skal tage hen, og du venter mindre. Der er tre vigtige numre: 112, din egen læge og lægevagten i din region.",
                        ],
                        "en": [
                            "## Whom should you call?",
                            "When you or someone in your family falls ill or gets hurt, it is important to choose the right place. Then you get the right help quickly, and the emergency departments are not filled up with people who could get help somewhere else.",
                            "In Denmark you usually have to call before you go to a hospital's emergency department or A&E. Then you are told where to go, and you wait less. There are three important numbers: 112, your own doctor and the out-of-hours doctor in your region.",
                        ],
                        "ar": [
                            "## بمن يجب أن تتصل؟",
                            "عندما تمرض أنت أو أحد أفراد أسرتك أو يتعرّض أحدكم لإصابة، من المهم أن تختار المكان الصحيح. هكذا تحصل على المساعدة الصحيحة بسرعة، ولا تمتلئ أقسام الاستقبال الطارئ بأشخاص يمكنهم أن يحصلوا على المساعدة في مكان آخر.",
                            "في الدنمارك يجب عليك عادةً أن تتصل قبل أن تذهب إلى قسم الاستقبال الطارئ في المستشفى (akutmodtagelse) أو إلى قسم الطوارئ (skadestue). عندها يقولون لك إلى أين تذهب، وتنتظر وقتًا أقل. هناك ثلاثة أرقام مهمة: 112، وطبيبك الخاص، وطبيب المناوبة (lægevagt) في إقليمك.",
                        ],
                        "uk": [
                            "## Куди телефонувати?",
                            "Коли ви або хтось із вашої родини захворів чи травмувався, важливо вибрати правильне місце. Тоді ви швидко отримаєте потрібну допомогу, а приймальні відділення не будуть переповнені людьми, яким могли б допомогти деінде.",
                            "У Данії зазвичай треба спочатку зателефонувати, а вже потім їхати до приймального відділення лікарні (akutmodtagelse) або до травмпункту (skadestue). Тоді вам скажуть, куди їхати, і ви чекатимете менше. Є три важливі номери: 112, ваш лікар і черговий лікар (lægevagt) у вашому регіоні.",
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
                        "ar": [
                            "## 112 – عندما تكون الحياة في خطر",
                            "اتصل بالرقم <b>112</b> إذا كانت هناك حياة في خطر، مثلًا إذا:",
                            "- كان شخص فاقدًا للوعي أو لا يتنفس بشكل طبيعي،",
                            "- كان شخص يشعر بألم شديد في صدره، أو صار فجأة لا يستطيع الكلام أو تحريك ذراعه،",
                            "- وقع حادث خطير، أو كان أحد ينزف كثيرًا،",
                            "- شبّ حريق.",
                            "الاتصال بالرقم 112 مجاني، والخدمة تعمل ليلًا ونهارًا. يمكنك أن تتكلم بالدنماركية أو بالإنجليزية. قل أين أنت، وماذا حدث، ومن أي رقم تتصل. لا تُنهِ المكالمة قبل أن يقولوا لك إنك تستطيع ذلك.",
                        ],
                        "uk": [
                            "## 112 – коли життя в небезпеці",
                            "Телефонуйте <b>112</b>, якщо є загроза життю, наприклад якщо:",
                            "- людина непритомна або не дихає нормально,",
                            "- у людини сильний біль у грудях або вона раптом не може говорити чи рухати рукою,",
                            "- сталася серйозна аварія або в когось сильна кровотеча,",
                            "- сталася пожежа.",
                            "Дзвінок на 112 безкоштовний, і служба працює цілодобово. Можна говорити данською або англійською. Скажіть, де ви, що сталося і з якого номера ви телефонуєте. Не кладіть слухавку, поки вам не скажуть, що можна.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Lægevagten – når det ikke kan vente",
                            "På hverdage i dagtimerne ringer du til din egen læge. Om aftenen, om natten, i weekenden og på helligdage er din læge lukket. Hvis du bliver syg, og det ikke kan vente til næste hverdag, skal du ringe til <b>lægevagten</b>. Nummeret afhænger af, hvilken region du bor i:",
                            "- <b>Region Hovedstaden</b> (fx København, Nordsjælland og Bornholm): <b>1813</b>",
                            "- <b>Region Sjælland</b> (fx Roskilde, Næstved og Lolland-Falster): <b>1818</b>",
                            "- <b>Region Syddanmark</b> (fx Odense, Esbjerg og Sønderjylland): <b>70 11 07 07</b>",
                            "- <b>Region Midtjylland</b> (fx Aarhus, Herning og Viborg): <b>70 11 31 31</b>",
                            "- <b>Region Nordjylland</b> (fx Aalborg, Hjørring og Thisted): <b>70 15 03 00</b>",
                            "Gem nummeret til din region i din telefon. Regionerne og numrene kan ændre sig. Fra 1. januar 2027 bliver Region Hovedstaden og Region Sjælland fx lagt sammen til én region, Region Østdanmark. Tjek derfor nummeret på din regions hjemmeside eller på sundhed.dk.",
                            "En sygeplejerske eller læge svarer. De stiller spørgsmål og siger, hvad du skal gøre: blive hjemme, komme til en konsultation eller tage på hospitalet. Ring altid, før du tager på skadestuen eller akutmodtagelsen. Hav dit sundhedskort klar, når du ringer.",
                        ],
                        "en": [
                            "## The out-of-hours doctor – when it cannot wait",
                            "On weekdays during the day, you call your own doctor. In the evening, at night, at weekends and on public holidays, your doctor is closed. If you fall ill and it cannot wait until the next weekday, you must call the <b>out-of-hours doctor</b> (lægevagten). The number depends on which region you live in:",
                            "- <b>Capital Region</b> (Region Hovedstaden, for example Copenhagen, North Zealand and Bornholm): <b>1813</b>",
                            "- <b>Region Zealand</b> (Region Sjælland, for example Roskilde, Næstved and Lolland-Falster): <b>1818</b>",
                            "- <b>Region of Southern Denmark</b> (Region Syddanmark, for example Odense, Esbjerg and South Jutland): <b>70 11 07 07</b>",
                            "- <b>Central Denmark Region</b> (Region Midtjylland, for example Aarhus, Herning and Viborg): <b>70 11 31 31</b>",
                            "- <b>North Denmark Region</b> (Region Nordjylland, for example Aalborg, Hjørring and Thisted): <b>70 15 03 00</b>",
                            "Save the number for your region in your phone. The regions and the numbers can change. For example, from 1 January 2027 the Capital Region and Region Zealand will be merged into one region, Region East Denmark (Region Østdanmark). So check the number on your region's website or on sundhed.dk.",
                            "A nurse or doctor answers. They ask questions and tell you what to do: stay at home, come to an appointment or go to hospital. Always call before you go to A&E or the emergency department. Have your health card ready when you call.",
                        ],
                        "ar": [
                            "## طبيب المناوبة – عندما لا يمكن الانتظار",
                            "في أيام العمل خلال النهار تتصل بطبيبك الخاص. أما في المساء والليل وعطلة نهاية الأسبوع والعطل الرسمية فتكون عيادة طبيبك مغلقة. إذا مرضت ولم يكن ممكنًا أن تنتظر حتى يوم العمل التالي، فعليك أن تتصل بـ<b>طبيب المناوبة (lægevagt)</b>. ويختلف الرقم حسب الإقليم الذي تسكن فيه:",
                            "- <b>إقليم العاصمة (Region Hovedstaden)</b>، مثل كوبنهاغن وشمال شيلاند وبورنهولم: <b>1813</b>",
                            "- <b>إقليم شيلاند (Region Sjælland)</b>، مثل روسكيلده ونستفد ولولاند-فالستر: <b>1818</b>",
                            "- <b>إقليم جنوب الدنمارك (Region Syddanmark)</b>، مثل أودنسه وإسبيرغ وجنوب يولاند: <b>70 11 07 07</b>",
                            "- <b>إقليم وسط يولاند (Region Midtjylland)</b>، مثل آرهوس وهيرنينغ وفيبورغ: <b>70 11 31 31</b>",
                            "- <b>إقليم شمال يولاند (Region Nordjylland)</b>، مثل آلبورغ وهيورينغ وتيستد: <b>70 15 03 00</b>",
                            "احفظ رقم إقليمك في هاتفك. قد تتغير الأقاليم والأرقام، فمثلًا ابتداءً من 1 يناير 2027 سيُدمج إقليم العاصمة وإقليم شيلاند في إقليم واحد هو إقليم شرق الدنمارك (Region Østdanmark). لذلك تأكّد من الرقم على الموقع الإلكتروني لإقليمك أو على sundhed.dk.",
                            "يردّ عليك ممرض أو طبيب. يطرحون عليك أسئلة ويقولون لك ماذا تفعل: أن تبقى في البيت، أو تأتي إلى موعد فحص، أو تذهب إلى المستشفى. اتصل دائمًا قبل أن تذهب إلى قسم الطوارئ أو قسم الاستقبال الطارئ. وجهّز بطاقة الصحة الخاصة بك عندما تتصل.",
                        ],
                        "uk": [
                            "## Черговий лікар – коли не можна чекати",
                            "У робочі дні вдень ви телефонуєте своєму лікареві. Увечері, уночі, у вихідні та у святкові дні ваш лікар не працює. Якщо ви захворіли і це не може чекати до наступного робочого дня, телефонуйте <b>черговому лікарю (lægevagt)</b>. Номер залежить від того, в якому регіоні ви живете:",
                            "- <b>Столичний регіон (Region Hovedstaden)</b>, наприклад Копенгаген, Північна Зеландія і Борнгольм: <b>1813</b>",
                            "- <b>Регіон Зеландія (Region Sjælland)</b>, наприклад Роскілле, Нествед і острови Лолланн та Фальстер: <b>1818</b>",
                            "- <b>Регіон Південна Данія (Region Syddanmark)</b>, наприклад Оденсе, Есб'єрг і Південна Ютландія: <b>70 11 07 07</b>",
                            "- <b>Регіон Центральна Ютландія (Region Midtjylland)</b>, наприклад Орхус, Гернінг і Віборг: <b>70 11 31 31</b>",
                            "- <b>Регіон Північна Ютландія (Region Nordjylland)</b>, наприклад Ольборг, Г'єррінг і Тістед: <b>70 15 03 00</b>",
                            "Збережіть номер свого регіону в телефоні. Регіони і номери можуть змінюватися. Наприклад, з 1 січня 2027 року Столичний регіон і регіон Зеландія об'єднають в один регіон – Східна Данія (Region Østdanmark). Тому перевіряйте номер на сайті свого регіону або на sundhed.dk.",
                            "Відповідає медсестра або лікар. Вам поставлять запитання і скажуть, що робити: залишатися вдома, прийти на консультацію чи їхати до лікарні. Завжди телефонуйте, перш ніж їхати до травмпункту чи приймального відділення. Коли телефонуєте, тримайте напоготові медичну картку.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m04-laegevagt"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "De vigtige numre",
                        "en": "The important numbers",
                        "ar": "الأرقام المهمة",
                        "uk": "Важливі номери",
                    },
                    "facts": {
                        "da": [
                            "112: når der er fare for liv. Gratis og åbent hele døgnet.",
                            "Egen læge: på hverdage i dagtimerne.",
                            "Lægevagten, når din læge er lukket: Hovedstaden 1813, Sjælland 1818, Syddanmark 70 11 07 07, Midtjylland 70 11 31 31, Nordjylland 70 15 03 00.",
                            "Gem din egen regions nummer i telefonen, og tjek det på regionens hjemmeside.",
                            "Ring først – mød ikke bare op på skadestuen.",
                        ],
                        "en": [
                            "112: when a life is in danger. Free and open day and night.",
                            "Your own doctor: on weekdays during the day.",
                            "The out-of-hours doctor (lægevagten) when your doctor is closed: Capital Region 1813, Region Zealand 1818, Southern Denmark 70 11 07 07, Central Denmark 70 11 31 31, North Denmark 70 15 03 00.",
                            "Save your own region's number in your phone, and check it on the region's website.",
                            "Call first – do not just turn up at A&E.",
                        ],
                        "ar": [
                            "112: عندما تكون هناك حياة في خطر. مجاني ويعمل ليلًا ونهارًا.",
                            "طبيبك الخاص: في أيام العمل خلال النهار.",
                            "طبيب المناوبة (lægevagt) عندما تكون عيادة طبيبك مغلقة: إقليم العاصمة 1813، شيلاند 1818، جنوب الدنمارك 70 11 07 07، وسط يولاند 70 11 31 31، شمال يولاند 70 15 03 00.",
                            "احفظ رقم إقليمك في هاتفك، وتأكّد منه على الموقع الإلكتروني للإقليم.",
                            "اتصل أولًا، ولا تذهب إلى قسم الطوارئ دون اتصال.",
                        ],
                        "uk": [
                            "112: коли є загроза життю. Безкоштовно й цілодобово.",
                            "Ваш лікар: у робочі дні вдень.",
                            "Черговий лікар (lægevagt), коли ваш лікар не працює: Столичний регіон 1813, Зеландія 1818, Південна Данія 70 11 07 07, Центральна Ютландія 70 11 31 31, Північна Ютландія 70 15 03 00.",
                            "Збережіть номер свого регіону в телефоні і перевірте його на сайті регіону.",
                            "Спочатку телефонуйте – не йдіть до травмпункту без дзвінка.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Vær forberedt",
                            "Det er svært at tænke klart, når man er bange. Derfor er det godt at forberede sig, før der sker noget:",
                            "- Gem numrene i din telefon: 112, din egen læge og lægevagten i din region.",
                            "- Lær din adresse, så du kan sige den tydeligt i telefonen.",
                            "- Lær dine børn, at de skal ringe 112, hvis en voksen falder om og ikke vågner.",
                            "- Hav plaster, forbinding og et termometer derhjemme.",
                            "Et førstehjælpskursus er også en god idé. Så ved du, hvad du skal gøre, indtil hjælpen kommer.",
                        ],
                        "en": [
                            "## Be prepared",
                            "It is hard to think clearly when you are scared. That is why it is good to prepare before something happens:",
                            "- Save the numbers in your phone: 112, your own doctor and the out-of-hours doctor in your region.",
                            "- Learn your address so that you can say it clearly on the phone.",
                            "- Teach your children to call 112 if an adult collapses and does not wake up.",
                            "- Keep plasters, bandages and a thermometer at home.",
                            "A first aid course is also a good idea. Then you know what to do until help arrives.",
                        ],
                        "ar": [
                            "## كن مستعدًا",
                            "من الصعب أن تفكر بوضوح عندما تكون خائفًا. لذلك من الجيد أن تستعد قبل أن يحدث شيء:",
                            "- احفظ الأرقام في هاتفك: 112، وطبيبك الخاص، وطبيب المناوبة في إقليمك.",
                            "- احفظ عنوانك جيدًا لتستطيع أن تقوله بوضوح على الهاتف.",
                            "- علّم أطفالك أن يتصلوا بالرقم 112 إذا سقط شخص بالغ ولم يستيقظ.",
                            "- احتفظ في البيت بلاصقات للجروح وضمادات وميزان حرارة.",
                            "دورة الإسعافات الأولية فكرة جيدة أيضًا. هكذا تعرف ماذا تفعل حتى تصل المساعدة.",
                        ],
                        "uk": [
                            "## Будьте готові",
                            "Коли людині страшно, їй важко ясно думати. Тому добре підготуватися заздалегідь, поки нічого не сталося:",
                            "- Збережіть номери в телефоні: 112, ваш лікар і черговий лікар у вашому регіоні.",
                            "- Вивчіть свою адресу, щоб чітко назвати її по телефону.",
                            "- Навчіть дітей телефонувати 112, якщо дорослий упав і не приходить до тями.",
                            "- Тримайте вдома пластирі, бинти і термометр.",
                            "Курси першої допомоги – теж добра ідея. Тоді ви знатимете, що робити, поки не приїде допомога.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find lægevagten i din region",
                        "en": "Find the out-of-hours doctor in your region",
                        "ar": "اعثر على طبيب المناوبة في إقليمك",
                        "uk": "Знайдіть чергового лікаря у вашому регіоні",
                    },
                    "intro": {
                        "da": "På sundhed.dk kan du finde telefonnummeret til lægevagten, hvor du bor, og læse om akut hjælp.",
                        "en": "On sundhed.dk you can find the phone number of the out-of-hours doctor where you live and read about emergency help.",
                        "ar": "على sundhed.dk يمكنك أن تجد رقم هاتف طبيب المناوبة في المكان الذي تسكن فيه، وأن تقرأ عن المساعدة العاجلة.",
                        "uk": "На sundhed.dk можна знайти номер телефону чергового лікаря там, де ви живете, і прочитати про невідкладну допомогу.",
                    },
                    "resources": ["sundhed-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad gør du, hvis dit barn får høj feber en lørdag aften? Kender du nummeret, du skal ringe til?",
                        "en": "What do you do if your child gets a high fever on a Saturday evening? Do you know the number you should call?",
                        "ar": "ماذا تفعل إذا أصيب طفلك بحمّى شديدة مساء يوم سبت؟ هل تعرف الرقم الذي يجب أن تتصل به؟",
                        "uk": "Що ви робитимете, якщо у вашої дитини в суботу ввечері висока температура? Чи знаєте ви номер, за яким треба телефонувати?",
                    },
                    "hint": {
                        "da": "Find ud af, hvilken region du bor i, og find lægevagtens nummer i lektionen eller på regionens hjemmeside. Gem nummeret i din telefon i dag.",
                        "en": "Find out which region you live in, and find the out-of-hours doctor's number in the lesson or on the region's website. Save the number in your phone today.",
                        "ar": "اعرف في أي إقليم تسكن، وابحث عن رقم طبيب المناوبة في هذا الدرس أو على الموقع الإلكتروني للإقليم. احفظ الرقم في هاتفك اليوم.",
                        "uk": "З'ясуйте, в якому регіоні ви живете, і знайдіть номер чергового лікаря в цьому уроці або на сайті регіону. Збережіть номер у телефоні сьогодні.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: når det haster",
                        "en": "Test yourself: when it is urgent",
                        "ar": "اختبر نفسك: عندما يكون الأمر عاجلًا",
                        "uk": "Перевірте себе: коли терміново",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "En person falder om og trækker ikke vejret. Hvad gør du?",
                                "en": "A person collapses and is not breathing. What do you do?",
                                "ar": "سقط شخص على الأرض ولا يتنفس. ماذا تفعل؟",
                                "uk": "Людина впала і не дихає. Що ви робите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Ringer 112",
                                        "en": "Call 112",
                                        "ar": "أتصل بالرقم 112",
                                        "uk": "Телефоную 112",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Ringer til egen læge næste dag",
                                        "en": "Call your own doctor the next day",
                                        "ar": "أتصل بطبيبي الخاص في اليوم التالي",
                                        "uk": "Телефоную своєму лікареві наступного дня",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Skriver til lægen i appen Min Læge",
                                        "en": "Write to the doctor in the Min Læge app",
                                        "ar": "أكتب إلى الطبيب في تطبيق Min Læge",
                                        "uk": "Пишу лікареві в застосунку Min Læge",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Når der er fare for liv, ringer du 112 med det samme.",
                                "en": "When a life is in danger, you call 112 at once.",
                                "ar": "عندما تكون هناك حياة في خطر، تتصل بالرقم 112 فورًا.",
                                "uk": "Коли є загроза життю, одразу телефонуйте 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du bor i København. Dit barn bliver sygt søndag aften, men det er ikke livsfarligt. Hvad gør du?",
                                "en": "You live in Copenhagen. Your child falls ill on Sunday evening, but it is not life-threatening. What do you do?",
                                "ar": "تسكن في كوبنهاغن. مرض طفلك مساء يوم الأحد، لكن حالته لا تهدد حياته. ماذا تفعل؟",
                                "uk": "Ви живете в Копенгагені. Ваша дитина захворіла в неділю ввечері, але її життю ніщо не загрожує. Що ви робите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Ringer 1813",
                                        "en": "Call 1813",
                                        "ar": "أتصل بالرقم 1813",
                                        "uk": "Телефоную 1813",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Ringer 112",
                                        "en": "Call 112",
                                        "ar": "أتصل بالرقم 112",
                                        "uk": "Телефоную 112",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Tager direkte på skadestuen uden at ringe",
                                        "en": "Go straight to A&E without calling",
                                        "ar": "أذهب مباشرة إلى قسم الطوارئ دون أن أتصل",
                                        "uk": "Одразу їду до травмпункту без дзвінка",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "København ligger i Region Hovedstaden. Her ringer du 1813, når din læge er lukket.",
                                "en": "Copenhagen is in the Capital Region. There you call 1813 when your doctor is closed.",
                                "ar": "تقع كوبنهاغن في إقليم العاصمة (Region Hovedstaden). هناك تتصل بالرقم 1813 عندما تكون عيادة طبيبك مغلقة.",
                                "uk": "Копенгаген розташований у Столичному регіоні (Region Hovedstaden). Там телефонують 1813, коли ваш лікар не працює.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du bor i Aarhus, og din læge er lukket. Hvem ringer du til, hvis det ikke kan vente?",
                                "en": "You live in Aarhus, and your doctor is closed. Whom do you call if it cannot wait?",
                                "ar": "تسكن في آرهوس، وعيادة طبيبك مغلقة. بمن تتصل إذا كان الأمر لا يحتمل الانتظار؟",
                                "uk": "Ви живете в Орхусі, і ваш лікар не працює. Куди ви телефонуєте, якщо це не може чекати?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lægevagten på 70 11 31 31",
                                        "en": "The out-of-hours doctor (lægevagten) on 70 11 31 31",
                                        "ar": "طبيب المناوبة على الرقم 70 11 31 31",
                                        "uk": "До чергового лікаря за номером 70 11 31 31",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "1813", "en": "1813", "ar": "1813", "uk": "На номер 1813"},
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen",
                                        "en": "The municipality",
                                        "ar": "البلدية",
                                        "uk": "До комуни",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Aarhus ligger i Region Midtjylland. Her ringer du til lægevagten på 70 11 31 31. 1813 er nummeret i Region Hovedstaden.",
                                "en": "Aarhus is in Central Denmark Region (Region Midtjylland). There you call the out-of-hours doctor on 70 11 31 31. 1813 is the number in the Capital Region.",
                                "ar": "تقع آرهوس في إقليم وسط يولاند (Region Midtjylland). هناك تتصل بطبيب المناوبة على الرقم 70 11 31 31. أما 1813 فهو الرقم في إقليم العاصمة.",
                                "uk": "Орхус розташований у регіоні Центральна Ютландія (Region Midtjylland). Там ви телефонуєте черговому лікарю за номером 70 11 31 31. 1813 – це номер у Столичному регіоні.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad skal du sige, når du ringer 112?",
                                "en": "What should you say when you call 112?",
                                "ar": "ماذا يجب أن تقول عندما تتصل بالرقم 112؟",
                                "uk": "Що треба сказати, коли ви телефонуєте 112?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Hvor du er, hvad der er sket, og hvilket nummer du ringer fra",
                                        "en": "Where you are, what has happened and which number you are calling from",
                                        "ar": "أين أنت، وماذا حدث، ومن أي رقم تتصل",
                                        "uk": "Де ви, що сталося і з якого номера ви телефонуєте",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Dit CPR-nummer og din løn",
                                        "en": "Your CPR number and your salary",
                                        "ar": "رقمك الشخصي وراتبك",
                                        "uk": "Ваш номер CPR і вашу зарплату",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingenting – du skal bare vente",
                                        "en": "Nothing – you just wait",
                                        "ar": "لا شيء، عليك فقط أن تنتظر",
                                        "uk": "Нічого – треба просто чекати",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Så kan hjælpen finde dig hurtigt og ringe tilbage, hvis forbindelsen bliver afbrudt.",
                                "en": "Then help can find you quickly and call you back if the line is cut off.",
                                "ar": "هكذا تستطيع فرق المساعدة أن تجدك بسرعة، وأن تتصل بك مرة أخرى إذا انقطع الاتصال.",
                                "uk": "Тоді допомога швидко вас знайде і зможе передзвонити, якщо зв'язок перерветься.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "wellbeing-and-childrens-health",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Trivsel og børns sundhed",
                "en": "Wellbeing and children's health",
                "ar": "الصحة النفسية وصحة الأطفال",
                "uk": "Психічне самопочуття і здоров'я дітей",
            },
            "intro": {
                "da": "Hvor du kan få hjælp, når du har det svært, og hvilke gratis tilbud der er til børn.",
                "en": "Where to get help when you are struggling, and which free services there are for children.",
                "ar": "أين تجد المساعدة عندما تمرّ بوقت صعب، وما الخدمات المجانية المتاحة للأطفال.",
                "uk": "Де отримати допомогу, коли вам важко, і які безкоштовні послуги є для дітей.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Psykisk sundhed er også sundhed",
                            "At komme til et nyt land er en stor forandring. Mange savner familie og venner, bekymrer sig om penge eller har oplevet krig og flugt. Det er normalt at have det svært i en tid.",
                            "Her er nogle tegn på, at du har brug for hjælp: Du sover dårligt i lang tid. Du er meget trist eller bange. Du kan ikke koncentrere dig, eller du har ikke lyst til noget. Nogle får også ondt i kroppen, fx i hovedet eller maven.",
                            "I Danmark taler mange åbent om psykiske problemer. Det er ikke en skam at bede om hjælp. Lægen har <b>tavshedspligt</b>. Så må lægen som regel ikke fortælle andre om dig, uden at du siger ja.",
                        ],
                        "en": [
                            "## Mental health is health too",
                            "Coming to a new country is a big change. Many people miss family and friends, worry about money, or have lived through war and flight. It is normal to have a hard time for a while.",
                            "Signs that you need help can be that you sleep badly for a long time, feel very sad or afraid, cannot concentrate, or do not feel like doing anything. Some people also get physical pain, for example in the head or stomach.",
                            "In Denmark, many people talk openly about mental health problems. There is no shame in asking for help. The doctor has a <b>duty of confidentiality</b> (tavshedspligt). This means that, as a rule, the doctor must not tell others about you without your permission.",
                        ],
                        "ar": [
                            "## الصحة النفسية جزء من الصحة أيضًا",
                            "الانتقال إلى بلد جديد تغيير كبير. كثيرون يشتاقون إلى أهلهم وأصدقائهم، أو يقلقون بشأن المال، أو عاشوا الحرب واللجوء. من الطبيعي أن تمرّ بوقت صعب لفترة من الزمن.",
                            "من العلامات التي تدل على أنك تحتاج إلى مساعدة: أن تنام نومًا سيئًا لمدة طويلة، أو تشعر بحزن شديد أو بخوف، أو لا تستطيع التركيز، أو لا ترغب في فعل أي شيء. وبعض الناس يشعرون أيضًا بألم في الجسم، مثلًا في الرأس أو البطن.",
                            "في الدنمارك يتحدث كثير من الناس بصراحة عن المشكلات النفسية. وطلب المساعدة ليس عيبًا. الطبيب ملزم <b>بالحفاظ على السرية (tavshedspligt)</b>. وهذا يعني أن الطبيب، كقاعدة عامة، لا يجوز له أن يخبر الآخرين عنك دون إذنك.",
                        ],
                        "uk": [
                            "## Психічне здоров'я – це теж здоров'я",
                            "Переїзд до нової країни – це велика зміна. Багато хто сумує за родиною і друзями, хвилюється через гроші або пережив війну і втечу. Це нормально, що якийсь час вам важко.",
                            "Ознаками того, що вам потрібна допомога, можуть бути такі: ви довго погано спите, вам дуже сумно або страшно, ви не можете зосередитися або нічого не хочете робити. У деяких людей також болить тіло, наприклад голова чи живіт.",
                            "У Данії багато людей відкрито говорять про психологічні проблеми. Просити про допомогу – не соромно. Лікар зобов'язаний <b>зберігати конфіденційність (tavshedspligt)</b>. Це означає, що, як правило, лікар не може розповідати іншим про вас без вашого дозволу.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvor kan du få hjælp?",
                            "- <b>Egen læge</b>: Start her. Lægen kan tale med dig og give dig behandling. Lægen kan også sende dig videre til en psykolog eller en psykiater. Nogle gange betaler det offentlige en del af prisen hos psykologen.",
                            "- <b>Hjælp til traumer</b>: Der findes særlig behandling for flygtninge, som har traumer fra krig, tortur eller flugt. Spørg din læge.",
                            "- <b>Rådgivning i telefon og chat</b>: Har du tanker om selvmord, kan du tale anonymt med fx Livslinien. Du kan også få råd hos Psykiatrifonden.",
                            "Er du selv eller en anden i akut fare? Så ring 112.",
                            "Gode vaner hjælper også: Bevæg dig, og vær ude i dagslys. Spis på faste tider, og sov nok. Vær sammen med andre, fx i en forening.",
                        ],
                        "en": [
                            "## Where can you get help?",
                            "- <b>Your own doctor</b>: Start here. The doctor can talk with you, give treatment or refer you to a psychologist or a psychiatrist. In some situations the public sector pays part of the psychologist's fee.",
                            "- <b>Help with trauma</b>: There is special treatment for refugees who have trauma from war, torture or flight. Ask your doctor.",
                            "- <b>Advice by phone and chat</b>: You can talk anonymously to, for example, Livslinien if you have thoughts of suicide, or get advice from Psykiatrifonden.",
                            "If you or someone else is in immediate danger, call 112.",
                            "Good habits also help: moving your body, being out in daylight, eating regularly, getting enough sleep and being with other people, for example in a club or association.",
                        ],
                        "ar": [
                            "## أين تجد المساعدة؟",
                            "- <b>طبيبك الخاص</b>: ابدأ من هنا. يستطيع الطبيب أن يتحدث معك، وأن يعطيك علاجًا، أو أن يحيلك إلى أخصائي نفسي أو طبيب نفسي. وفي بعض الحالات يدفع القطاع العام جزءًا من أجرة الأخصائي النفسي.",
                            "- <b>المساعدة في الصدمات النفسية</b>: يوجد علاج خاص للاجئين الذين يعانون من صدمات نفسية بسبب الحرب أو التعذيب أو اللجوء. اسأل طبيبك.",
                            "- <b>الاستشارة عبر الهاتف والدردشة</b>: يمكنك أن تتحدث دون ذكر اسمك مع Livslinien مثلًا إذا راودتك أفكار الانتحار، أو أن تحصل على نصيحة من مؤسسة الطب النفسي (Psykiatrifonden).",
                            "إذا كنت أنت أو شخص آخر في خطر فوري، فاتصل بالرقم 112.",
                            "العادات الجيدة تساعد أيضًا: أن تتحرك، وأن تخرج في ضوء النهار، وأن تأكل بانتظام، وأن تنام بما يكفي، وأن تكون مع الآخرين، مثلًا في جمعية أو نادٍ.",
                        ],
                        "uk": [
                            "## Де отримати допомогу?",
                            "- <b>Ваш лікар</b>: почніть звідси. Лікар може поговорити з вами, призначити лікування або направити вас до психолога чи психіатра. У деяких ситуаціях державний сектор оплачує частину ціни за психолога.",
                            "- <b>Допомога при травмі</b>: є спеціальне лікування для біженців, які мають психологічну травму через війну, катування або втечу. Запитайте свого лікаря.",
                            "- <b>Консультації телефоном і в чаті</b>: можна анонімно поговорити, наприклад, з Livslinien, якщо у вас є думки про самогубство, або отримати пораду у Фонді психічного здоров'я (Psykiatrifonden).",
                            "Якщо ви або хтось інший у безпосередній небезпеці, телефонуйте 112.",
                            "Добрі звички теж допомагають: рухатися, бувати надворі при денному світлі, регулярно їсти, достатньо спати і бути серед людей, наприклад в об'єднанні чи клубі.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Når du får et barn",
                            "Er du gravid? Så kan du gå til gratis undersøgelser hos egen læge og hos en jordemoder. Når barnet er født, tilbyder kommunen besøg af en <b>sundhedsplejerske</b>. Det er en sygeplejerske med ekstra uddannelse i børn og familier.",
                            "Sundhedsplejersken kommer hjem til jer og taler fx om amning, søvn, vægt og barnets udvikling. Det er gratis og frivilligt. Det er en god chance for at stille spørgsmål. Senere ser sundhedsplejersken også børnene i skolen.",
                        ],
                        "en": [
                            "## When you have a baby",
                            "When you are pregnant, you can have free check-ups with your own doctor and a midwife (jordemoder). After the birth, the municipality offers visits from a <b>health visitor</b> (sundhedsplejerske). This is a nurse with extra training in children and families.",
                            "The health visitor comes to your home and talks about, for example, breastfeeding, sleep, weight and the child's development. It is free and voluntary, and it is a good chance to ask questions. Later, the health visitor also sees the children at school.",
                        ],
                        "ar": [
                            "## عندما يولد لك طفل",
                            "عندما تكونين حاملًا، يمكنك أن تذهبي إلى فحوص مجانية عند طبيبك الخاص وعند القابلة (jordemoder). وبعد الولادة تعرض البلدية زيارات من <b>الممرضة الصحية (sundhedsplejerske)</b>. وهي ممرضة حصلت على تدريب إضافي في صحة الأطفال والأسر.",
                            "تأتي الممرضة الصحية إلى بيتكم وتتحدث معكم مثلًا عن الرضاعة الطبيعية والنوم والوزن ونموّ الطفل. هذه الخدمة مجانية واختيارية، وهي فرصة جيدة لطرح الأسئلة. ولاحقًا تتابع الممرضة الصحية الأطفال أيضًا في المدرسة.",
                        ],
                        "uk": [
                            "## Коли у вас народжується дитина",
                            "Під час вагітності ви можете безкоштовно проходити обстеження у свого лікаря та в акушерки (jordemoder). Після пологів комуна пропонує візити <b>патронажної медсестри (sundhedsplejerske)</b>. Це медсестра з додатковою освітою в галузі здоров'я дітей і сімей.",
                            "Патронажна медсестра приходить до вас додому і говорить, наприклад, про грудне вигодовування, сон, вагу і розвиток дитини. Це безкоштовно і добровільно, і це добра нагода поставити запитання. Пізніше патронажна медсестра також оглядає дітей у школі.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m04-sundhedsplejerske"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Børneundersøgelser og vaccinationer",
                            "Børn får gratis <b>børneundersøgelser</b> hos egen læge. Det gælder, fra de er få uger gamle, til de starter i skole. Lægen ser, om barnet vokser og udvikler sig godt.",
                            "Børn får også tilbud om gratis vacciner i <b>børnevaccinationsprogrammet</b>. Vaccinerne beskytter mod alvorlige sygdomme, fx mæslinger, polio og kighoste. Barnet får de første vacciner, når det er få måneder gammelt. Når barnet er 12 år, får det tilbud om en vaccine mod HPV. HPV kan give kræft.",
                            "Det er frivilligt at lade sit barn vaccinere. Men sundhedsmyndighederne anbefaler det, og langt de fleste forældre i Danmark siger ja. Er I lige kommet til Danmark? Så tag barnets vaccinationskort eller papirer med til lægen. Så kan lægen se, om barnet mangler nogle vacciner.",
                            "Børn og unge får også gratis tandpleje i kommunen. Kommunen giver besked, når barnet skal til undersøgelse.",
                        ],
                        "en": [
                            "## Health checks and vaccinations for children",
                            "Children get free <b>health checks</b> (børneundersøgelser) with their own doctor from when they are a few weeks old until they start school. The doctor checks that the child is growing and developing well.",
                            "Children are also offered free vaccinations in the <b>childhood vaccination programme</b> (børnevaccinationsprogrammet). The vaccinations protect against serious diseases, for example measles, polio and whooping cough. The child gets the first vaccinations when it is a few months old. At 12, the child is offered a vaccination against HPV, which can cause cancer.",
                            "Vaccinating your child is voluntary, but the health authorities recommend it, and the vast majority of parents in Denmark say yes. If you have just arrived in Denmark, bring your child's vaccination card or papers to the doctor. Then the doctor can see whether your child is missing any vaccinations.",
                            "Children and young people also get free dental care from the municipality. The municipality sends a notice when the child is due for a check-up.",
                        ],
                        "ar": [
                            "## الفحوص الصحية للأطفال والتطعيمات",
                            "يحصل الأطفال على <b>فحوص صحية مجانية (børneundersøgelser)</b> عند طبيبهم الخاص، منذ أن يكون عمرهم بضعة أسابيع حتى يبدؤوا المدرسة. يتأكد الطبيب من أن الطفل ينمو ويتطور بشكل جيد.",
                            "يُعرض على الأطفال أيضًا تطعيمات مجانية في <b>برنامج تطعيم الأطفال (børnevaccinationsprogrammet)</b>. تحمي التطعيمات من أمراض خطيرة، مثل الحصبة وشلل الأطفال والسعال الديكي. يحصل الطفل على أول تطعيماته عندما يكون عمره بضعة أشهر. وعندما يبلغ الطفل 12 سنة، يُعرض عليه تطعيم ضد فيروس HPV الذي يمكن أن يسبب السرطان.",
                            "تطعيم طفلك أمر اختياري، لكن السلطات الصحية توصي به، والغالبية العظمى من الآباء والأمهات في الدنمارك يوافقون عليه. إذا كنتم قد وصلتم إلى الدنمارك حديثًا، فخذوا بطاقة تطعيم الطفل أو أوراقه معكم إلى الطبيب. هكذا يستطيع الطبيب أن يعرف هل تنقص الطفل بعض التطعيمات.",
                            "يحصل الأطفال والشباب أيضًا على علاج أسنان مجاني من البلدية. وترسل البلدية دعوة عندما يحين موعد فحص الطفل.",
                        ],
                        "uk": [
                            "## Профілактичні огляди і щеплення для дітей",
                            "Діти безкоштовно проходять <b>профілактичні огляди (børneundersøgelser)</b> у свого лікаря – від віку кількох тижнів і до початку школи. Лікар перевіряє, чи дитина добре росте і розвивається.",
                            "Дітям також пропонують безкоштовні щеплення за <b>програмою дитячих щеплень (børnevaccinationsprogrammet)</b>. Щеплення захищають від небезпечних хвороб, наприклад кору, поліомієліту і кашлюку. Перші щеплення дитина отримує, коли їй кілька місяців. У 12 років дитині пропонують щеплення від вірусу HPV (ВПЛ), який може спричинити рак.",
                            "Щеплення дитини – справа добровільна, але органи охорони здоров'я його рекомендують, і переважна більшість батьків у Данії погоджуються. Якщо ви щойно приїхали до Данії, візьміть до лікаря щеплювальну картку або документи дитини. Тоді лікар побачить, яких щеплень дитині бракує.",
                            "Діти й молодь також отримують безкоштовну стоматологічну допомогу в комуні. Комуна надсилає запрошення, коли дитині час на огляд.",
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
                        "ar": [
                            "من الطبيعي أن تمرّ بوقت صعب، وطلب المساعدة ليس عيبًا.",
                            "ابدأ بطبيبك الخاص إذا كنت تشعر بسوء من الناحية النفسية.",
                            "تقدّم Livslinien مساعدة دون ذكر الاسم إذا راودتك أفكار الانتحار: 70 201 201.",
                            "تزور الممرضة الصحية الأسر التي لديها مواليد جدد مجانًا.",
                            "الفحوص الصحية للأطفال وتطعيماتهم مجانية عند طبيبك الخاص.",
                        ],
                        "uk": [
                            "Це нормально, коли вам важко, і просити про допомогу не соромно.",
                            "Якщо вам погано психологічно, почніть зі свого лікаря.",
                            "Livslinien анонімно допомагає, якщо у вас є думки про самогубство: 70 201 201.",
                            "Патронажна медсестра безкоштовно відвідує сім'ї з новонародженими.",
                            "Профілактичні огляди і щеплення для дітей у вашого лікаря безкоштовні.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Hjælp og råd",
                        "en": "Help and advice",
                        "ar": "مساعدة ونصائح",
                        "uk": "Допомога і поради",
                    },
                    "intro": {
                        "da": "Her kan du få råd om psykisk trivsel, tale anonymt med nogen og læse om vaccinationer.",
                        "en": "Here you can get advice about mental wellbeing, talk to someone anonymously and read about vaccinations.",
                        "ar": "هنا يمكنك أن تحصل على نصائح حول الصحة النفسية، وأن تتحدث مع أحد دون ذكر اسمك، وأن تقرأ عن التطعيمات.",
                        "uk": "Тут можна отримати поради щодо психічного самопочуття, анонімно з кимось поговорити і прочитати про щеплення.",
                    },
                    "resources": ["livslinien", "m04-psykiatrifonden", "m04-sundhedsstyrelsen"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad gør du selv for at have det godt i en svær periode? Hvem kunne du tale med, hvis det bliver for svært?",
                        "en": "What do you do yourself to feel well during a hard time? Whom could you talk to if it becomes too hard?",
                        "ar": "ماذا تفعل بنفسك لتشعر بحال أفضل في فترة صعبة؟ ومع من يمكنك أن تتحدث إذا أصبح الأمر صعبًا جدًا؟",
                        "uk": "Що ви самі робите, щоб почуватися добре у важкий період? З ким ви могли б поговорити, якщо стане надто важко?",
                    },
                    "hint": {
                        "da": "Tænk både på små ting i hverdagen, fx en gåtur, og på personer eller steder, der kan hjælpe, fx din læge.",
                        "en": "Think both about small everyday things, for example a walk, and about people or places that can help, for example your doctor.",
                        "ar": "فكّر في الأشياء الصغيرة في حياتك اليومية، مثل نزهة على الأقدام، وفي الأشخاص أو الأماكن التي يمكن أن تساعدك، مثل طبيبك.",
                        "uk": "Подумайте і про дрібниці в повсякденному житті, наприклад прогулянку, і про людей чи місця, які можуть допомогти, наприклад вашого лікаря.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: trivsel og børns sundhed",
                        "en": "Test yourself: wellbeing and children's health",
                        "ar": "اختبر نفسك: الصحة النفسية وصحة الأطفال",
                        "uk": "Перевірте себе: самопочуття і здоров'я дітей",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du har sovet dårligt og været meget trist i flere uger. Hvad er et godt første skridt?",
                                "en": "You have slept badly and felt very sad for several weeks. What is a good first step?",
                                "ar": "تنام نومًا سيئًا وتشعر بحزن شديد منذ عدة أسابيع. ما الخطوة الأولى الجيدة؟",
                                "uk": "Ви вже кілька тижнів погано спите, і вам дуже сумно. Який перший крок буде добрим?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At tale med din egen læge",
                                        "en": "Talk to your own doctor",
                                        "ar": "أن تتحدث مع طبيبك الخاص",
                                        "uk": "Поговорити зі своїм лікарем",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At vente og ikke sige noget til nogen",
                                        "en": "Wait and not tell anyone",
                                        "ar": "أن تنتظر ولا تقول شيئًا لأحد",
                                        "uk": "Чекати й нікому нічого не казати",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At tage direkte på skadestuen",
                                        "en": "Go straight to A&E",
                                        "ar": "أن تذهب مباشرة إلى قسم الطوارئ (skadestue)",
                                        "uk": "Одразу поїхати до травмпункту (skadestue)",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Egen læge kan tale med dig og hjælpe dig videre, fx til en psykolog. Er du i akut fare, så ring 112.",
                                "en": "Your own doctor can talk with you and help you further, for example to a psychologist. If you are in immediate danger, call 112.",
                                "ar": "يستطيع طبيبك الخاص أن يتحدث معك وأن يوجّهك إلى مساعدة أخرى، مثلًا إلى أخصائي نفسي. وإذا كنت في خطر فوري، فاتصل بالرقم 112.",
                                "uk": "Ваш лікар може поговорити з вами і направити далі, наприклад до психолога. Якщо ви в безпосередній небезпеці, телефонуйте 112.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en sundhedsplejerske?",
                                "en": "What is a health visitor (sundhedsplejerske)?",
                                "ar": "من هي الممرضة الصحية (sundhedsplejerske)؟",
                                "uk": "Хто така патронажна медсестра (sundhedsplejerske)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En sygeplejerske, der besøger familier med små børn og ser børnene i skolen",
                                        "en": "A nurse who visits families with young children and sees children at school",
                                        "ar": "ممرضة تزور الأسر التي لديها أطفال صغار وتتابع الأطفال في المدرسة",
                                        "uk": "Медсестра, яка відвідує сім'ї з маленькими дітьми та оглядає дітей у школі",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En læge på hospitalets akutmodtagelse",
                                        "en": "A doctor in the hospital's emergency department",
                                        "ar": "طبيب في قسم الاستقبال الطارئ في المستشفى",
                                        "uk": "Лікар у приймальному відділенні лікарні",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En medarbejder på apoteket",
                                        "en": "A member of staff at the pharmacy",
                                        "ar": "موظف في الصيدلية",
                                        "uk": "Працівник аптеки",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sundhedsplejersken er ansat af kommunen, og besøgene er gratis.",
                                "en": "The health visitor is employed by the municipality, and the visits are free.",
                                "ar": "تعمل الممرضة الصحية لدى البلدية، والزيارات مجانية.",
                                "uk": "Патронажна медсестра працює в комуні, і її візити безкоштовні.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er rigtigt om børnevaccinationer i Danmark?",
                                "en": "What is true about childhood vaccinations in Denmark?",
                                "ar": "ما الصحيح بشأن تطعيمات الأطفال في الدنمارك؟",
                                "uk": "Що правда про дитячі щеплення в Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "De er gratis og frivillige, og myndighederne anbefaler dem",
                                        "en": "They are free and voluntary, and the authorities recommend them",
                                        "ar": "إنها مجانية واختيارية، والسلطات توصي بها",
                                        "uk": "Вони безкоштовні й добровільні, і органи влади їх рекомендують",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "De koster penge og er tvungne",
                                        "en": "They cost money and are compulsory",
                                        "ar": "إنها تكلّف مالًا وإجبارية",
                                        "uk": "Вони платні й обов'язкові",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "De gives kun på hospitalet",
                                        "en": "They are only given at the hospital",
                                        "ar": "تُعطى في المستشفى فقط",
                                        "uk": "Їх роблять тільки в лікарні",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Børnevaccinationerne gives gratis hos egen læge. Det er frivilligt, men de fleste forældre siger ja.",
                                "en": "Childhood vaccinations are given for free by your own doctor. They are voluntary, but most parents say yes.",
                                "ar": "تُعطى تطعيمات الأطفال مجانًا عند طبيبك الخاص. وهي اختيارية، لكن معظم الآباء والأمهات يوافقون عليها.",
                                "uk": "Дитячі щеплення безкоштовно роблять у вашого лікаря. Вони добровільні, але більшість батьків погоджуються.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder tavshedspligt?",
                                "en": "What does a duty of confidentiality (tavshedspligt) mean?",
                                "ar": "ماذا يعني الالتزام بالسرية (tavshedspligt)؟",
                                "uk": "Що означає обов'язок зберігати конфіденційність (tavshedspligt)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Lægen må som hovedregel ikke fortælle andre om dig",
                                        "en": "As a rule, the doctor must not tell others about you",
                                        "ar": "لا يجوز للطبيب، كقاعدة عامة، أن يخبر الآخرين عنك",
                                        "uk": "Як правило, лікар не може розповідати іншим про вас",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Du må ikke tale med andre om din sygdom",
                                        "en": "You must not talk to others about your illness",
                                        "ar": "لا يجوز لك أن تتحدث مع الآخرين عن مرضك",
                                        "uk": "Ви не можете говорити з іншими про свою хворобу",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Lægen må kun tale dansk med dig",
                                        "en": "The doctor may only speak Danish with you",
                                        "ar": "لا يجوز للطبيب أن يتكلم معك إلا بالدنماركية",
                                        "uk": "Лікар може говорити з вами лише данською",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Tavshedspligten beskytter dig. Derfor kan du trygt fortælle lægen, hvordan du har det.",
                                "en": "The duty of confidentiality protects you. That is why you can safely tell the doctor how you feel.",
                                "ar": "الالتزام بالسرية يحميك. لذلك يمكنك أن تخبر الطبيب بحالتك دون خوف.",
                                "uk": "Обов'язок зберігати конфіденційність захищає вас. Тому ви можете спокійно розповісти лікареві, як почуваєтеся.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
