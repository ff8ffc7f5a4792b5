"""Module 2: work and the jobcentre (the programme and the jobcentre, finding a job and recognition of qualifications, working life)."""

GLOSSARY = {
    "m02-virksomhedspraktik": {
        "term": {
            "da": "Virksomhedspraktik",
            "en": "Work placement (virksomhedspraktik)",
            "ar": "التدريب العملي في شركة (virksomhedspraktik)",
            "uk": "Стажування на підприємстві (virksomhedspraktik)",
        },
        "explanation": {
            "da": "En periode, hvor du arbejder på en arbejdsplads for at lære faget og vise, hvad du kan. Du får din ydelse fra kommunen, ikke løn fra virksomheden.",
            "en": "A period in which you work at a workplace to learn the job and show what you can do. You receive your benefit from the municipality, not wages from the company.",
            "ar": "فترة تعمل فيها في مكان عمل لتتعلم المهنة وتُظهر قدراتك. وتحصل خلالها على إعانتك من البلدية، لا على أجر من الشركة.",
            "uk": "Період, коли ви працюєте на підприємстві, щоб опанувати фах і показати, що вмієте. Ви отримуєте виплату від комуни, а не зарплату від підприємства.",
        },
    },
    "m02-overenskomst": {
        "term": {
            "da": "Overenskomst",
            "en": "Collective agreement (overenskomst)",
            "ar": "الاتفاقية الجماعية (overenskomst)",
            "uk": "Колективний договір (overenskomst)",
        },
        "explanation": {
            "da": "En aftale mellem fagforeninger og arbejdsgivernes organisationer om løn, arbejdstid, pension og andre vilkår.",
            "en": "An agreement between trade unions and employers’ organisations on pay, working hours, pension and other conditions.",
            "ar": "اتفاق بين النقابات ومنظمات أصحاب العمل على الأجور وساعات العمل والمعاش التقاعدي وشروط أخرى.",
            "uk": "Угода між профспілками та організаціями роботодавців про зарплату, робочий час, пенсію та інші умови.",
        },
    },
    "m02-a-kasse": {
        "term": {
            "da": "A-kasse",
            "en": "A-kasse (unemployment insurance fund)",
            "ar": "صندوق التأمين ضد البطالة (a-kasse)",
            "uk": "Каса страхування від безробіття (a-kasse)",
        },
        "explanation": {
            "da": "En arbejdsløshedskasse. Som medlem betaler du et kontingent og kan få dagpenge, hvis du bliver ledig og opfylder reglerne.",
            "en": "An unemployment insurance fund. As a member you pay a fee and can get unemployment benefit (dagpenge) if you lose your job and meet the rules.",
            "ar": "صندوق تأمين ضد البطالة. تدفع بصفتك عضوًا اشتراكًا، ويمكنك أن تحصل على إعانة البطالة (dagpenge) إذا فقدت عملك واستوفيت الشروط.",
            "uk": "Каса страхування від безробіття. Як член ви сплачуєте внесок і можете отримувати допомогу з безробіття (dagpenge), якщо втратите роботу й відповідатимете вимогам.",
        },
    },
}

RESOURCES = {
    "m02-ufm-anerkendelse": {
        "name": {
            "da": "Vurdering af udenlandske uddannelser (ufm.dk)",
            "en": "Assessment of foreign qualifications (ufm.dk)",
            "ar": "تقييم الشهادات الأجنبية (ufm.dk)",
            "uk": "Оцінка іноземної освіти (ufm.dk)",
        },
        "category": "work",
        "description": {
            "da": "Uddannelses- og Forskningsstyrelsen vurderer gratis, hvad din udenlandske uddannelse svarer til i Danmark. Her kan du også se, om dit erhverv er lovreguleret.",
            "en": "The Danish Agency for Higher Education and Science (Uddannelses- og Forskningsstyrelsen) assesses free of charge what your foreign education corresponds to in Denmark. Here you can also check whether your profession is regulated.",
            "ar": "تقيّم هيئة التعليم والبحث العلمي (Uddannelses- og Forskningsstyrelsen) مجانًا ما تعادله شهادتك الأجنبية في الدنمارك. ويمكنك هنا أيضًا أن تعرف هل مهنتك منظَّمة بالقانون.",
            "uk": "Агентство з питань освіти та науки (Uddannelses- og Forskningsstyrelsen) безкоштовно оцінює, чому у Данії відповідає ваша іноземна освіта. Тут також можна перевірити, чи є ваша професія регульованою.",
        },
        "url": "https://ufm.dk/uddannelse/anerkendelse-og-dokumentation",
        "city": "",
    },
    "m02-fho": {
        "name": {
            "da": "Fagbevægelsens Hovedorganisation (FH)",
            "en": "The Danish Trade Union Confederation (FH)",
            "ar": "الاتحاد العام للنقابات الدنماركية (FH)",
            "uk": "Конфедерація профспілок Данії (FH)",
        },
        "category": "work",
        "description": {
            "da": "Hovedorganisation for mange danske fagforeninger. Her kan du læse om den danske model og om lønmodtageres rettigheder.",
            "en": "The umbrella organisation for many Danish trade unions. Here you can read about the Danish model and about employees’ rights.",
            "ar": "المنظمة الجامعة لكثير من النقابات الدنماركية. يمكنك هنا أن تقرأ عن النموذج الدنماركي وعن حقوق العاملين.",
            "uk": "Об’єднання багатьох данських профспілок. Тут можна прочитати про данську модель і права працівників.",
        },
        "url": "https://fho.dk/",
        "city": "",
    },
    "m02-at-dk": {
        "name": {
            "da": "Arbejdstilsynet",
            "en": "The Danish Working Environment Authority (Arbejdstilsynet)",
            "ar": "هيئة بيئة العمل (Arbejdstilsynet)",
            "uk": "Управління з охорони праці (Arbejdstilsynet)",
        },
        "category": "work",
        "description": {
            "da": "Myndigheden for arbejdsmiljø. Her kan du læse om sikkerhed og sundhed på arbejdspladsen og kontakte Arbejdstilsynet, hvis arbejdsmiljøet er farligt.",
            "en": "The authority for the working environment. Here you can read about safety and health at work and contact the authority if your working environment is dangerous.",
            "ar": "الجهة الرسمية المسؤولة عن بيئة العمل. يمكنك هنا أن تقرأ عن السلامة والصحة في مكان العمل، وأن تتواصل مع الهيئة إذا كانت بيئة العمل خطرة.",
            "uk": "Державний орган, що відповідає за умови праці. Тут можна прочитати про безпеку й здоров’я на роботі та звернутися до управління, якщо умови праці небезпечні.",
        },
        "url": "https://at.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "work-and-jobcentre",
    "mandatory": True,
    "title": {
        "da": "Arbejde og jobcenter",
        "en": "Work and the jobcentre",
        "ar": "العمل ومركز العمل (jobcenter)",
        "uk": "Робота та центр зайнятості (jobcenter)",
    },
    "summary": {
        "da": "Lær, hvordan jobcenteret og dit program kan hjælpe dig i arbejde, hvordan du søger job, og hvilke regler og vaner der gælder på en dansk arbejdsplads.",
        "en": "Learn how the jobcentre and your programme can help you into work, how to look for a job, and which rules and customs apply at a Danish workplace.",
        "ar": "تعرّف على كيف يمكن لمركز العمل وبرنامجك أن يساعداك في الحصول على عمل، وكيف تبحث عن وظيفة، وما القواعد والعادات المتّبعة في مكان العمل الدنماركي.",
        "uk": "Дізнайтеся, як центр зайнятості та ваша програма можуть допомогти вам знайти роботу, як шукати роботу та які правила й звичаї діють на данському робочому місці.",
    },
    "objectives": {
        "da": [
            "Du kan forklare, hvad jobcenteret gør, og hvad dit program indeholder.",
            "Du kan finde ledige job og skrive et kort dansk CV.",
            "Du kan forklare, hvordan du får din udenlandske uddannelse vurderet.",
            "Du kan forklare, hvad en overenskomst, en fagforening og en a-kasse er.",
            "Du kan læse de vigtigste linjer på en lønseddel.",
        ],
        "en": [
            "You can explain what the jobcentre does and what your programme includes.",
            "You can find job vacancies and write a short Danish-style CV.",
            "You can explain how to get your foreign qualifications assessed.",
            "You can explain what a collective agreement, a trade union and an a-kasse are.",
            "You can read the most important lines on a payslip.",
        ],
        "ar": [
            "يمكنك أن تشرح ما يقوم به مركز العمل وما يتضمنه برنامجك.",
            "يمكنك أن تجد الوظائف الشاغرة وأن تكتب سيرة ذاتية قصيرة على الطريقة الدنماركية.",
            "يمكنك أن تشرح كيف تحصل على تقييم لشهاداتك الأجنبية.",
            "يمكنك أن تشرح ما هي الاتفاقية الجماعية (overenskomst) والنقابة (fagforening) وصندوق التأمين ضد البطالة (a-kasse).",
            "يمكنك أن تقرأ أهم البنود في قسيمة الراتب.",
        ],
        "uk": [
            "Ви можете пояснити, що робить центр зайнятості і що входить до вашої програми.",
            "Ви можете знаходити вакансії та написати коротке резюме в данському стилі.",
            "Ви можете пояснити, як отримати оцінку своєї іноземної освіти.",
            "Ви можете пояснити, що таке колективний договір (overenskomst), профспілка (fagforening) та каса страхування від безробіття (a-kasse).",
            "Ви можете прочитати найважливіші рядки в розрахунковому листку.",
        ],
    },
    "lessons": [
        {
            "slug": "jobcentre-and-your-programme",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Jobcenteret og dit program",
                "en": "The jobcentre and your programme",
                "ar": "مركز العمل وبرنامجك",
                "uk": "Центр зайнятості та ваша програма",
            },
            "intro": {
                "da": "Lær, hvad jobcenteret gør, hvad dit program indeholder, og hvorfor det er vigtigt at blive selvforsørgende.",
                "en": "Learn what the jobcentre does, what your programme includes, and why it is important to become self-supporting.",
                "ar": "تعرّف على ما يقوم به مركز العمل، وما يتضمنه برنامجك، ولماذا من المهم أن تعتمد على نفسك ماليًا.",
                "uk": "Дізнайтеся, що робить центр зайнятості, що входить до вашої програми і чому важливо забезпечувати себе самостійно.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Arbejde er en vej ind i samfundet",
                            "I Danmark forventer man, at voksne forsørger sig selv og deres familie, hvis de kan. At være <b>selvforsørgende</b> vil sige, at du lever af din egen løn eller indtægt. Du lever ikke af en ydelse fra kommunen. Både kvinder og mænd arbejder. I de fleste familier har begge voksne et job.",
                            'Arbejde giver ikke kun penge. Du får også kolleger og et netværk. Du bliver bedre til dansk og får en plads i fællesskabet. Arbejde kan også spille en rolle senere. Det gælder, hvis du vil søge om permanent opholdstilladelse eller dansk indfødsret. Reglerne ændrer sig tit. Læs derfor altid de nyeste regler, for eksempel på <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>.',
                        ],
                        "en": [
                            "## Work is a way into society",
                            "In Denmark, adults are expected to support themselves and their family if they can. Being <b>self-supporting</b> means that you live on your own wages or income and not on a benefit from the municipality. Both women and men work – in most families both adults have a job.",
                            'Work does not only give you money. It also gives you colleagues, a network, better Danish and a place in the community. Work can also matter if you later want to apply for a permanent residence permit or Danish citizenship. The rules change often, so always read the latest rules, for example on <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>.',
                        ],
                        "ar": [
                            "## العمل طريق إلى الاندماج في المجتمع",
                            "في الدنمارك يُتوقع من البالغين أن يعيلوا أنفسهم وأسرهم إذا كانوا قادرين على ذلك. و<b>الاعتماد على النفس ماليًا</b> يعني أن تعيش من راتبك أو دخلك الخاص، لا من إعانة تقدّمها البلدية. النساء والرجال يعملون، وفي معظم الأسر يعمل الشخصان البالغان كلاهما.",
                            'العمل لا يمنحك المال فقط، بل يمنحك أيضًا زملاء وشبكة علاقات ولغة دنماركية أفضل ومكانًا في المجتمع. وقد يكون للعمل أهمية أيضًا إذا أردت لاحقًا أن تتقدّم بطلب تصريح إقامة دائمة أو جنسية دنماركية. القواعد تتغيّر كثيرًا، لذلك اقرأ دائمًا أحدث القواعد، مثلًا على موقع <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>.',
                        ],
                        "uk": [
                            "## Робота – шлях у суспільство",
                            "У Данії очікують, що дорослі забезпечують себе та свою родину, якщо можуть. Бути <b>самозабезпеченим</b> означає жити на власну зарплату чи дохід, а не на виплату від комуни. Працюють і жінки, і чоловіки – у більшості родин обоє дорослих мають роботу.",
                            'Робота дає не лише гроші. Вона дає також колег, знайомства, кращу данську мову і місце в суспільстві. Робота може мати значення й тоді, коли ви згодом захочете подати заяву на постійний дозвіл на проживання або данське громадянство. Правила часто змінюються, тому завжди читайте найновіші правила, наприклад на <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>.',
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Programmet for nye borgere",
                            "Er du kommet til Danmark som flygtning eller familiesammenført? Så skal kommunen tilbyde dig et program efter integrationsloven. Flygtninge og familiesammenførte til flygtninge får et <b>selvforsørgelses- og hjemrejseprogram</b>. Andre familiesammenførte får et <b>introduktionsprogram</b>. Målet er det samme: Du skal hurtigt i job eller uddannelse.",
                            "Programmet består af:",
                            "- danskuddannelse, for eksempel på et sprogcenter: Danskuddannelse 1, 2 eller 3. Det kommer an på din skolegang, og hvor hurtigt du lærer",
                            "- tilbud, der skal hjælpe dig i job: vejledning, opkvalificering, virksomhedspraktik og ansættelse med løntilskud",
                            "Programmet er lagt an på, at du kan få et almindeligt job inden for 1 år. Så vidt muligt skal du have dit første tilbud på en arbejdsplads inden for dine første 2 uger i kommunen. Har du ikke fået job efter 1 år? Så bliver programmet forlænget. Det kan højst vare 5 år i alt.",
                            "Du og kommunen laver en <b>kontrakt</b>. I den står dit mål, og hvad du skal være med i. Du skal også skrive under på en erklæring. I den står der, at du vil arbejde for at blive selvforsørgende.",
                        ],
                        "en": [
                            "## The programme for new residents",
                            "If you have come to Denmark as a refugee or through family reunification, the municipality must offer you a programme under the Integration Act. Refugees and family members reunified with refugees get a <b>self-support and repatriation programme</b> (selvforsørgelses- og hjemrejseprogram). Other family-reunified people get an <b>introduction programme</b> (introduktionsprogram). The goal is the same: for you to get into work or education quickly.",
                            "The programme consists of:",
                            "- Danish language education, for example at a language centre: Danish Education 1, 2 or 3 (Danskuddannelse 1, 2, 3), depending on your schooling and how quickly you learn",
                            "- activities to help you into work: guidance, upskilling, work placements (virksomhedspraktik) and employment with a wage subsidy (løntilskud)",
                            "The programme is planned so that you can get an ordinary job within 1 year. If possible, you should get your first placement at a workplace within your first 2 weeks in the municipality. If you have not found work after 1 year, the programme is extended. It can last no more than 5 years in total.",
                            "You and the municipality make a <b>contract</b> that states your goal and what you must take part in. You must also sign a declaration that you will work to become self-supporting.",
                        ],
                        "ar": [
                            "## البرنامج الخاص بالقادمين الجدد",
                            "إذا جئت إلى الدنمارك لاجئًا أو عن طريق لمّ الشمل، فيجب على البلدية أن تقدّم لك برنامجًا وفق قانون الاندماج. يحصل اللاجئون ومن جاؤوا بلمّ الشمل مع لاجئين على <b>برنامج الاعتماد على النفس والعودة (selvforsørgelses- og hjemrejseprogram)</b>. ويحصل غيرهم ممن جاؤوا بلمّ الشمل على <b>برنامج تعريفي (introduktionsprogram)</b>. والهدف واحد: أن تدخل سوق العمل أو التعليم بسرعة.",
                            "يتكون البرنامج من:",
                            "- برنامج تعليم اللغة الدنماركية، مثلًا في مركز لغة: برنامج اللغة الدنماركية 1 أو 2 أو 3 (Danskuddannelse 1, 2, 3)، حسب تعليمك المدرسي وسرعتك في التعلّم",
                            "- أنشطة تساعدك على الوصول إلى العمل: الإرشاد، ورفع المؤهلات، والتدريب العملي في شركة (virksomhedspraktik)، والتوظيف بدعم للأجر (løntilskud)",
                            "صُمّم البرنامج بحيث تستطيع الحصول على عمل عادي خلال سنة واحدة. وينبغي، قدر الإمكان، أن تحصل على أول نشاط لك في مكان عمل خلال أول أسبوعين من وصولك إلى البلدية. وإذا لم تحصل على عمل بعد سنة، يُمدَّد البرنامج، لكنه لا يمكن أن يستمر أكثر من 5 سنوات في المجموع.",
                            "تعقد أنت والبلدية <b>عقدًا</b> يُذكر فيه هدفك وما يجب أن تشارك فيه. ويجب أيضًا أن توقّع على إقرار بأنك ستعمل على أن تعتمد على نفسك ماليًا.",
                        ],
                        "uk": [
                            "## Програма для новоприбулих",
                            "Якщо ви приїхали до Данії як біженець або через возз’єднання сім’ї, комуна має запропонувати вам програму згідно із законом про інтеграцію. Біженці та члени сімей, возз’єднані з біженцями, отримують <b>програму самозабезпечення та повернення (selvforsørgelses- og hjemrejseprogram)</b>. Інші возз’єднані члени сімей отримують <b>вступну програму (introduktionsprogram)</b>. Мета однакова: щоб ви швидко почали працювати або навчатися.",
                            "Програма складається з:",
                            "- курсів данської мови, наприклад у мовному центрі: Danskuddannelse 1, 2 або 3 – залежно від вашої шкільної освіти й того, як швидко ви навчаєтеся",
                            "- заходів, які допомагають знайти роботу: консультацій, підвищення кваліфікації, стажування на підприємстві (virksomhedspraktik) і роботи із субсидією на зарплату (løntilskud)",
                            "Програму складають так, щоб ви могли отримати звичайну роботу протягом 1 року. По можливості перше стажування на робочому місці ви маєте отримати протягом перших 2 тижнів у комуні. Якщо через рік ви не знайшли роботу, програму подовжують. Загалом вона може тривати не більше 5 років.",
                            "Ви й комуна укладаєте <b>контракт</b>, у якому записано вашу мету і те, в чому ви маєте брати участь. Ви також підписуєте заяву про те, що докладатимете зусиль, щоб забезпечувати себе самостійно.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Jobcenteret",
                            "Din kommune har et <b>jobcenter</b>. Jobcenteret hjælper ledige med at komme i job eller uddannelse. Jobcenteret følger også op på dit program. Du får en kontaktperson, som tit kaldes sagsbehandler eller jobkonsulent.",
                            "Når du får en ydelse og er tilknyttet jobcenteret, skal du:",
                            "- komme til de samtaler, du bliver kaldt ind til",
                            "- være med i de tilbud, der er aftalt i din plan",
                            "- søge job og være klar til at tage et arbejde. Det kaldes at stå til rådighed",
                            "- lægge dit CV på Jobnet, når jobcenteret beder dig om det",
                            "- give besked i god tid, hvis du er syg eller ikke kan komme",
                            "Bliver du væk fra en samtale eller et tilbud uden en god grund? Så kan kommunen trække i din ydelse. Det kaldes en sanktion. Læs derfor tit dine breve i Digital Post. Ring til jobcenteret, hvis du er i tvivl.",
                            "### Kontanthjælp og arbejdspligt",
                            "Kan du ikke forsørge dig selv? Så kan du søge om <b>kontanthjælp</b> hos kommunen. En reform har lavet kontanthjælpen om. De nye regler er trådt i kraft i etaper i 2025 og 2026. Før var der to andre ydelser: selvforsørgelses- og hjemrejseydelse og overgangsydelse. De er nu samlet i kontanthjælpen. Siden 2025 har nogle også <b>arbejdspligt</b>. Det gælder nogle, der får kontanthjælp eller en lignende ydelse fra kommunen. Det kan for eksempel være nogle, der ikke har boet og arbejdet i Danmark i mange år. Arbejdspligt vil sige, at du skal arbejde op til 37 timer om ugen. Kommunen giver dig besked, om du har arbejdspligt. Reglerne er nye. Spørg derfor jobcenteret, hvad der gælder for dig.",
                        ],
                        "en": [
                            "## The jobcentre",
                            "Your municipality has a <b>jobcentre</b>. The jobcentre helps unemployed people get into work or education, and it is also the jobcentre that follows up on your programme. You get a contact person, often called a caseworker (sagsbehandler) or job consultant (jobkonsulent).",
                            "When you receive a benefit and are registered with the jobcentre, you must:",
                            "- attend the meetings you are called to",
                            "- take part in the activities agreed in your plan",
                            "- look for work and be ready to take a job – this is called being available for work (at stå til rådighed)",
                            "- put your CV on Jobnet when the jobcentre asks you to",
                            "- let them know in good time if you are ill or cannot come",
                            "If you miss a meeting or an activity without a good reason, the municipality can reduce your benefit. This is called a sanction. So read your letters in Digital Post often, and call the jobcentre if you are unsure.",
                            "### Cash benefit and the work obligation",
                            "If you cannot support yourself, you can apply to the municipality for <b>cash benefit</b> (kontanthjælp). Cash benefit has been changed by a reform, and the new rules were introduced in stages in 2025 and 2026. The former benefits selvforsørgelses- og hjemrejseydelse and overgangsydelse are now part of cash benefit. Since 2025, some people who receive cash benefit or a similar benefit from the municipality also have a <b>work obligation</b> (arbejdspligt) – for example some who have not lived and worked in Denmark for many years. The work obligation means that you must work up to 37 hours a week. The municipality will tell you if the work obligation applies to you. The rules are new, so ask the jobcentre what applies to you.",
                        ],
                        "ar": [
                            "## مركز العمل (jobcenter)",
                            "في بلديتك <b>مركز عمل (jobcenter)</b>. يساعد مركز العمل العاطلين عن العمل على الوصول إلى العمل أو التعليم، وهو أيضًا الجهة التي تتابع برنامجك. ويكون لك شخص تتواصل معه، يُسمى غالبًا الموظف المسؤول عن ملفك (sagsbehandler) أو مستشار التوظيف (jobkonsulent).",
                            "عندما تحصل على إعانة وتكون مسجّلًا في مركز العمل، يجب عليك أن:",
                            "- تحضر المقابلات التي تُدعى إليها",
                            "- تشارك في الأنشطة المتفق عليها في خطتك",
                            "- تبحث عن عمل وتكون مستعدًا لقبول وظيفة، ويسمى هذا الاستعداد للعمل (at stå til rådighed)",
                            "- تضع سيرتك الذاتية على موقع Jobnet عندما يطلب منك مركز العمل ذلك",
                            "- تُبلغهم مبكرًا إذا كنت مريضًا أو لا تستطيع الحضور",
                            "إذا تغيّبت عن مقابلة أو نشاط دون سبب مقبول، يمكن للبلدية أن تخفض إعانتك، ويسمى هذا عقوبة (sanktion). لذلك اقرأ رسائلك في البريد الرقمي (Digital Post) باستمرار، واتصل بمركز العمل إذا لم تكن متأكدًا من شيء.",
                            "### المساعدة النقدية (kontanthjælp) وواجب العمل (arbejdspligt)",
                            "إذا لم تستطع أن تعيل نفسك، يمكنك أن تطلب <b>المساعدة النقدية (kontanthjælp)</b> من البلدية. وقد تغيّرت المساعدة النقدية بإصلاح جديد، وطُبّقت القواعد الجديدة على مراحل في عامي 2025 و2026. وأصبحت الإعانتان السابقتان، إعانة الاعتماد على النفس والعودة (selvforsørgelses- og hjemrejseydelse) والإعانة الانتقالية (overgangsydelse)، جزءًا من المساعدة النقدية الآن. ومنذ عام 2025 يقع على بعض من يحصلون على المساعدة النقدية أو على إعانة مشابهة من البلدية <b>واجب العمل (arbejdspligt)</b> أيضًا، مثل بعض من لم يعيشوا ويعملوا في الدنمارك سنوات كثيرة. ويعني واجب العمل أنه يجب عليك أن تعمل ما يصل إلى 37 ساعة في الأسبوع. وستخبرك البلدية إن كان هذا الواجب يسري عليك. القواعد جديدة، لذلك اسأل مركز العمل عمّا يسري عليك.",
                        ],
                        "uk": [
                            "## Центр зайнятості",
                            "У вашій комуні є <b>центр зайнятості (jobcenter)</b>. Він допомагає безробітним знайти роботу або навчання, а також стежить за виконанням вашої програми. У вас буде контактна особа, яку часто називають куратором (sagsbehandler) або консультантом із працевлаштування (jobkonsulent).",
                            "Коли ви отримуєте виплату й перебуваєте на обліку в центрі зайнятості, ви повинні:",
                            "- приходити на зустрічі, на які вас запрошують",
                            "- брати участь у заходах, погоджених у вашому плані",
                            "- шукати роботу й бути готовими її прийняти – це називається бути доступним для ринку праці (at stå til rådighed)",
                            "- розмістити своє резюме на Jobnet, коли центр зайнятості вас про це попросить",
                            "- завчасно повідомляти, якщо ви хворі або не можете прийти",
                            "Якщо ви без поважної причини не прийдете на зустріч чи захід, комуна може зменшити вашу виплату. Це називається санкцією. Тож регулярно читайте листи в Digital Post і телефонуйте до центру зайнятості, якщо щось незрозуміло.",
                            "### Грошова допомога (kontanthjælp) і обов’язок працювати (arbejdspligt)",
                            "Якщо ви не можете себе забезпечити, ви можете звернутися до комуни по <b>грошову допомогу (kontanthjælp)</b>. Її змінила реформа, і нові правила запроваджували поетапно у 2025 і 2026 роках. Колишні виплати selvforsørgelses- og hjemrejseydelse та overgangsydelse тепер стали частиною kontanthjælp. З 2025 року для деяких людей, які отримують kontanthjælp або подібну виплату від комуни, діє також <b>обов’язок працювати (arbejdspligt)</b> – наприклад, для деяких із тих, хто не прожив і не пропрацював у Данії багато років. Обов’язок працювати означає, що ви маєте працювати до 37 годин на тиждень. Комуна повідомить вам, чи стосується вас цей обов’язок. Правила нові, тож запитайте в центрі зайнятості, що діє саме для вас.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "jobcenter",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Virksomhedspraktik og løntilskud",
                            "I en <b>virksomhedspraktik</b> arbejder du et stykke tid på en rigtig arbejdsplads. Imens får du din ydelse fra kommunen. Du får ikke løn fra virksomheden. Du lærer jobbet, dansk på arbejdspladsen og danske arbejdsvaner. Og arbejdsgiveren lærer dig at kende.",
                            "Ved <b>ansættelse med løntilskud</b> bliver du ansat og får løn. Men kommunen betaler en del af lønnen til arbejdsgiveren. Begge dele kan være en vej til et almindeligt job. Spørg din kontaktperson, hvilke brancher der mangler folk i dit område. Fortæl også om dine egne ønsker og erfaringer.",
                        ],
                        "en": [
                            "## Work placements and wage subsidies",
                            "In a <b>work placement</b> (virksomhedspraktik) you work for a period at a real workplace while you receive your benefit from the municipality. You do not get wages from the company. You learn the job, workplace Danish and Danish working habits – and the employer gets to know you.",
                            "In <b>employment with a wage subsidy</b> (løntilskud) you are employed and paid wages, but the municipality pays part of the wages to the employer. Both can be a path to an ordinary job. Ask your contact person which sectors need workers in your area, and tell them about your own wishes and experience.",
                        ],
                        "ar": [
                            "## التدريب العملي في شركة والتوظيف بدعم للأجر",
                            "في <b>التدريب العملي في شركة (virksomhedspraktik)</b> تعمل لفترة في مكان عمل حقيقي بينما تستمر في الحصول على إعانتك من البلدية، ولا تحصل على أجر من الشركة. تتعلم العمل، ولغة مكان العمل، وعادات العمل الدنماركية، ويتعرّف صاحب العمل عليك.",
                            "وفي <b>التوظيف بدعم للأجر (løntilskud)</b> تُعيَّن وتحصل على أجر، لكن البلدية تدفع جزءًا من الأجر لصاحب العمل. وكلاهما قد يكون طريقًا إلى وظيفة عادية. اسأل الموظف المسؤول عنك عن القطاعات التي تحتاج إلى عاملين في منطقتك، وحدّثه عن رغباتك وخبراتك.",
                        ],
                        "uk": [
                            "## Стажування на підприємстві та робота із субсидією",
                            "Під час <b>стажування на підприємстві (virksomhedspraktik)</b> ви певний час працюєте на справжньому робочому місці й далі отримуєте виплату від комуни. Зарплати від підприємства ви не отримуєте. Ви вивчаєте роботу, данську мову на робочому місці та данські робочі звички – а роботодавець знайомиться з вами.",
                            "Під час <b>роботи із субсидією на зарплату (løntilskud)</b> вас беруть на роботу і ви отримуєте зарплату, але комуна оплачує роботодавцю частину цієї зарплати. Обидва варіанти можуть стати шляхом до звичайної роботи. Запитайте свою контактну особу, в яких галузях у вашому районі бракує працівників, і розкажіть про свої побажання та досвід.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Det skal du huske",
                        "en": "Remember",
                        "ar": "تذكّر",
                        "uk": "Пам’ятайте",
                    },
                    "facts": {
                        "da": [
                            "Målet med programmet er, at du kommer i arbejde eller uddannelse.",
                            "Programmet er tilrettelagt, så du kan få job inden for 1 år.",
                            "Programmet kan højst vare 5 år.",
                            "Du skal komme til de samtaler, jobcenteret indkalder dig til.",
                            "Tjek Digital Post ofte – det er der, jobcenteret sender dig breve.",
                            "Nogle, der får kontanthjælp, har arbejdspligt på op til 37 timer om ugen. Kommunen fortæller dig, om den gælder for dig.",
                        ],
                        "en": [
                            "The goal of the programme is for you to get into work or education.",
                            "The programme is planned so that you can get a job within 1 year.",
                            "The programme can last no more than 5 years.",
                            "You must attend the meetings the jobcentre calls you to.",
                            "Check Digital Post often – the jobcentre sends letters there.",
                            "Some people on cash benefit have a work obligation of up to 37 hours a week. The municipality tells you if it applies to you.",
                        ],
                        "ar": [
                            "هدف البرنامج أن تدخل سوق العمل أو التعليم.",
                            "صُمّم البرنامج بحيث تستطيع الحصول على عمل خلال سنة واحدة.",
                            "لا يمكن أن يستمر البرنامج أكثر من 5 سنوات.",
                            "يجب أن تحضر المقابلات التي يدعوك إليها مركز العمل.",
                            "تفقّد البريد الرقمي (Digital Post) باستمرار، فمركز العمل يرسل رسائله إليه.",
                            "على بعض من يحصلون على المساعدة النقدية واجب العمل حتى 37 ساعة في الأسبوع. وتخبرك البلدية إن كان يسري عليك.",
                        ],
                        "uk": [
                            "Мета програми – щоб ви почали працювати або навчатися.",
                            "Програму складають так, щоб ви могли знайти роботу протягом 1 року.",
                            "Програма може тривати не більше 5 років.",
                            "Ви маєте приходити на зустрічі, на які вас запрошує центр зайнятості.",
                            "Часто перевіряйте Digital Post – центр зайнятості надсилає туди листи.",
                            "Деякі отримувачі грошової допомоги (kontanthjælp) мають обов’язок працювати до 37 годин на тиждень. Комуна повідомить, чи це стосується вас.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du finde hjælp",
                        "en": "Where to find help",
                        "ar": "أين تجد المساعدة",
                        "uk": "Де знайти допомогу",
                    },
                    "intro": {
                        "da": "På Jobnet kan du se din plan, dine aftaler og ledige job. På borger.dk kan du læse om ydelser og regler.",
                        "en": "On Jobnet you can see your plan, your appointments and job vacancies. On borger.dk you can read about benefits and rules.",
                        "ar": "على موقع Jobnet يمكنك أن ترى خطتك ومواعيدك والوظائف الشاغرة. وعلى موقع borger.dk يمكنك أن تقرأ عن الإعانات والقواعد.",
                        "uk": "На Jobnet можна переглянути свій план, зустрічі та вакансії. На borger.dk можна прочитати про виплати й правила.",
                    },
                    "resources": [
                        "jobnet",
                        "borger-dk",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilket arbejde vil du gerne have om to år? Hvad kan du gøre allerede nu for at komme tættere på det?",
                        "en": "What job would you like to have in two years? What can you do already now to get closer to it?",
                        "ar": "ما العمل الذي تحب أن تعمل فيه بعد سنتين؟ وماذا يمكنك أن تفعل من الآن لتقترب منه؟",
                        "uk": "Яку роботу ви хотіли б мати через два роки? Що ви можете зробити вже зараз, щоб наблизитися до неї?",
                    },
                    "hint": {
                        "da": "Tænk på dit dansk, din erfaring fra dit hjemland, og hvilken virksomhedspraktik der kunne passe til dig. Tal med din kontaktperson om det.",
                        "en": "Think about your Danish, your experience from your home country, and which work placement might suit you. Talk to your contact person about it.",
                        "ar": "فكّر في مستواك في اللغة الدنماركية، وخبرتك من بلدك، وأي تدريب عملي في شركة قد يناسبك. وتحدّث مع الموظف المسؤول عنك في ذلك.",
                        "uk": "Подумайте про свою данську, свій досвід із вашої країни та про те, яке стажування на підприємстві могло б вам підійти. Поговоріть про це зі своєю контактною особою.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test din viden",
                        "en": "Test your knowledge",
                        "ar": "اختبر معلوماتك",
                        "uk": "Перевірте свої знання",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er det vigtigste mål med programmet?",
                                "en": "What is the main goal of the programme?",
                                "ar": "ما الهدف الأهم من البرنامج؟",
                                "uk": "Яка головна мета програми?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At du bliver selvforsørgende gennem arbejde eller uddannelse",
                                        "en": "That you become self-supporting through work or education",
                                        "ar": "أن تعتمد على نفسك ماليًا من خلال العمل أو التعليم",
                                        "uk": "Щоб ви забезпечували себе завдяки роботі або навчанню",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At du flytter til en anden kommune",
                                        "en": "That you move to another municipality",
                                        "ar": "أن تنتقل إلى بلدية أخرى",
                                        "uk": "Щоб ви переїхали до іншої комуни",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At du kun lærer dansk og venter med at arbejde",
                                        "en": "That you only learn Danish and wait before working",
                                        "ar": "أن تتعلم اللغة الدنماركية فقط وتؤجل العمل",
                                        "uk": "Щоб ви лише вчили данську й відкладали роботу",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Programmet skal hjælpe dig til hurtigt at komme i arbejde eller uddannelse, så du kan forsørge dig selv.",
                                "en": "The programme is meant to help you get into work or education quickly, so you can support yourself.",
                                "ar": "البرنامج يساعدك على الوصول بسرعة إلى العمل أو التعليم، لكي تستطيع أن تعيل نفسك.",
                                "uk": "Програма має допомогти вам швидко почати працювати або навчатися, щоб ви могли себе забезпечувати.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en virksomhedspraktik?",
                                "en": "What is a work placement (virksomhedspraktik)?",
                                "ar": "ما هو التدريب العملي في شركة (virksomhedspraktik)؟",
                                "uk": "Що таке стажування на підприємстві (virksomhedspraktik)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Du arbejder en periode på en arbejdsplads og får din ydelse fra kommunen",
                                        "en": "You work for a period at a workplace and receive your benefit from the municipality",
                                        "ar": "تعمل لفترة في مكان عمل وتحصل على إعانتك من البلدية",
                                        "uk": "Ви певний час працюєте на підприємстві й отримуєте виплату від комуни",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Du får fuld løn fra virksomheden",
                                        "en": "You get full wages from the company",
                                        "ar": "تحصل على أجر كامل من الشركة",
                                        "uk": "Ви отримуєте повну зарплату від підприємства",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En prøve i dansk på sprogcenteret",
                                        "en": "A Danish test at the language centre",
                                        "ar": "امتحان في اللغة الدنماركية في مركز اللغة",
                                        "uk": "Іспит з данської в мовному центрі",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I en virksomhedspraktik får du ikke løn fra virksomheden. Du beholder din ydelse og får erfaring fra en rigtig arbejdsplads.",
                                "en": "In a work placement you are not paid wages by the company. You keep your benefit and gain experience at a real workplace.",
                                "ar": "في التدريب العملي لا تدفع لك الشركة أجرًا، بل تحتفظ بإعانتك وتكتسب خبرة في مكان عمل حقيقي.",
                                "uk": "Під час стажування підприємство не платить вам зарплату. Ви зберігаєте свою виплату й здобуваєте досвід на справжньому робочому місці.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad kan der ske, hvis du udebliver fra en samtale på jobcenteret uden en rimelig grund?",
                                "en": "What can happen if you miss a meeting at the jobcentre without a good reason?",
                                "ar": "ماذا يمكن أن يحدث إذا تغيّبت عن مقابلة في مركز العمل دون سبب مقبول؟",
                                "uk": "Що може статися, якщо ви без поважної причини не прийдете на зустріч у центрі зайнятості?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Ingenting",
                                        "en": "Nothing",
                                        "ar": "لا شيء",
                                        "uk": "Нічого",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen kan trække i din ydelse",
                                        "en": "The municipality can reduce your benefit",
                                        "ar": "يمكن للبلدية أن تخفض إعانتك",
                                        "uk": "Комуна може зменшити вашу виплату",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Du får flere penge",
                                        "en": "You get more money",
                                        "ar": "تحصل على مال أكثر",
                                        "uk": "Ви отримаєте більше грошей",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Du får automatisk et nyt job",
                                        "en": "You automatically get a new job",
                                        "ar": "تحصل تلقائيًا على وظيفة جديدة",
                                        "uk": "Ви автоматично отримаєте нову роботу",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Det kaldes en sanktion. Giv altid besked, hvis du ikke kan komme.",
                                "en": "This is called a sanction. Always let them know if you cannot come.",
                                "ar": "يسمى هذا عقوبة (sanktion). أبلِغ دائمًا إذا كنت لا تستطيع الحضور.",
                                "uk": "Це називається санкцією. Завжди повідомляйте, якщо не можете прийти.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor længe kan programmet højst vare?",
                                "en": "What is the longest the programme can last?",
                                "ar": "ما أطول مدة يمكن أن يستمر فيها البرنامج؟",
                                "uk": "Скільки найдовше може тривати програма?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "6 måneder",
                                        "en": "6 months",
                                        "ar": "6 أشهر",
                                        "uk": "6 місяців",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "5 år",
                                        "en": "5 years",
                                        "ar": "5 سنوات",
                                        "uk": "5 років",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "10 år",
                                        "en": "10 years",
                                        "ar": "10 سنوات",
                                        "uk": "10 років",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Programmet er tilrettelagt til 1 år, men det bliver forlænget, hvis du ikke er kommet i arbejde. Det kan højst vare 5 år.",
                                "en": "The programme is planned for 1 year, but it is extended if you have not found work. It can last no more than 5 years.",
                                "ar": "صُمّم البرنامج لسنة واحدة، لكنه يُمدَّد إذا لم تحصل على عمل، ولا يمكن أن يتجاوز 5 سنوات.",
                                "uk": "Програму розраховано на 1 рік, але її подовжують, якщо ви не знайшли роботу. Вона може тривати не більше 5 років.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "finding-a-job",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Find et job",
                "en": "Finding a job",
                "ar": "البحث عن عمل",
                "uk": "Як знайти роботу",
            },
            "intro": {
                "da": "Lær, hvor du finder job, hvordan du skriver et dansk CV og en ansøgning, og hvordan du får din uddannelse vurderet.",
                "en": "Learn where to find jobs, how to write a Danish CV and application, and how to get your qualifications assessed.",
                "ar": "تعرّف على أماكن البحث عن عمل، وكيف تكتب سيرة ذاتية ورسالة طلب عمل على الطريقة الدنماركية، وكيف تحصل على تقييم لشهاداتك.",
                "uk": "Дізнайтеся, де шукати роботу, як написати данське резюме та супровідний лист і як отримати оцінку своєї освіти.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvor finder du job?",
                            "Der er mange veje til et job i Danmark:",
                            "- <b>Jobnet.dk</b> er den offentlige jobportal. Her er der mange ledige stillinger, og du kan lægge dit CV, så arbejdsgivere kan finde dig.",
                            "- Andre jobportaler og virksomhedernes egne hjemmesider.",
                            "- Vikarbureauer, som formidler både korte og lange job.",
                            "- Dit <b>netværk</b>: familie, venner, naboer, folk fra din forening og kolleger fra en virksomhedspraktik. Mange job bliver aldrig slået op, og mange får job, fordi nogen kender dem.",
                            "Du kan også sende en <b>uopfordret ansøgning</b>. Det betyder, at du skriver til en virksomhed, selvom den ikke har slået et job op. Det er helt almindeligt i Danmark og viser, at du tager initiativ.",
                        ],
                        "en": [
                            "## Where can you find a job?",
                            "There are many ways to find a job in Denmark:",
                            "- <b>Jobnet.dk</b> is the public job portal. It has many vacancies, and you can post your CV so employers can find you.",
                            "- Other job portals and companies’ own websites.",
                            "- Temping agencies (vikarbureauer), which offer both short and long jobs.",
                            "- Your <b>network</b>: family, friends, neighbours, people from your association and colleagues from a work placement. Many jobs are never advertised, and many people get a job because someone knows them.",
                            "You can also send an <b>unsolicited application</b> (uopfordret ansøgning). This means writing to a company even if it has not advertised a job. This is completely normal in Denmark and shows that you take initiative.",
                        ],
                        "ar": [
                            "## أين تجد عملًا؟",
                            "هناك طرق كثيرة للحصول على عمل في الدنمارك:",
                            "- <b>Jobnet.dk</b> هو بوابة الوظائف الحكومية. فيه وظائف شاغرة كثيرة، ويمكنك أن تضع فيه سيرتك الذاتية لكي يجدك أصحاب العمل.",
                            "- بوابات وظائف أخرى والمواقع الإلكترونية للشركات نفسها.",
                            "- مكاتب التوظيف المؤقت (vikarbureauer) التي توفر وظائف قصيرة وطويلة.",
                            "- <b>شبكة معارفك</b>: العائلة والأصدقاء والجيران وأعضاء جمعيتك وزملاؤك من التدريب العملي. كثير من الوظائف لا يُعلن عنها أبدًا، وكثير من الناس يحصلون على عمل لأن أحدًا يعرفهم.",
                            "يمكنك أيضًا أن ترسل <b>طلب عمل مبادرًا (uopfordret ansøgning)</b>، أي أن تكتب إلى شركة حتى لو لم تعلن عن وظيفة. هذا أمر عادي تمامًا في الدنمارك، ويُظهر أنك صاحب مبادرة.",
                        ],
                        "uk": [
                            "## Де шукати роботу?",
                            "У Данії є багато способів знайти роботу:",
                            "- <b>Jobnet.dk</b> – державний портал вакансій. Тут багато вакансій, і ви можете розмістити своє резюме, щоб роботодавці могли вас знайти.",
                            "- Інші портали вакансій і власні сайти компаній.",
                            "- Кадрові агентства (vikarbureauer), які пропонують як короткострокову, так і довгострокову роботу.",
                            "- Ваші <b>знайомства</b>: родина, друзі, сусіди, люди з вашого об’єднання та колеги зі стажування. Багато вакансій ніколи не оголошують, і багато людей отримують роботу, бо їх хтось знає.",
                            "Ви також можете надіслати <b>ініціативну заяву (uopfordret ansøgning)</b>. Це означає написати до компанії, навіть якщо вона не оголошувала вакансію. У Данії це цілком звично і показує, що ви проявляєте ініціативу.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "m02-virksomhedspraktik",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Et dansk CV",
                            "Et CV er et kort overblik over dig, din uddannelse og din erfaring. Et dansk CV fylder som regel 1-2 sider og skal være let at læse. Det kan indeholde:",
                            "- navn, telefonnummer og e-mail",
                            "- en kort profil: hvem du er, og hvad du er god til",
                            "- erhvervserfaring med det nyeste først – også job fra dit hjemland",
                            "- uddannelse og kurser",
                            "- sprog – også dit modersmål – og hvor godt du taler dansk og engelsk",
                            "- andre kompetencer, for eksempel kørekort eller IT",
                            "Du behøver ikke skrive din religion, om du er gift, eller hvor mange børn du har. Mange har et foto på deres CV, men det er ikke et krav. Skriv konkret om, hvad du har lavet, og hvad du er blevet god til.",
                        ],
                        "en": [
                            "## A Danish CV",
                            "A CV is a short overview of you, your education and your experience. A Danish CV is usually 1–2 pages long and should be easy to read. It can include:",
                            "- name, phone number and e-mail",
                            "- a short profile: who you are and what you are good at",
                            "- work experience with the most recent first – including jobs from your home country",
                            "- education and courses",
                            "- languages – including your mother tongue – and how well you speak Danish and English",
                            "- other skills, for example a driving licence or IT skills",
                            "You do not need to write your religion, whether you are married or how many children you have. Many people have a photo on their CV, but it is not required. Write concretely about what you have done and what you have become good at.",
                        ],
                        "ar": [
                            "## السيرة الذاتية على الطريقة الدنماركية",
                            "السيرة الذاتية (CV) لمحة قصيرة عنك وعن تعليمك وخبرتك. والسيرة الذاتية الدنماركية تكون عادةً من صفحة إلى صفحتين، ويجب أن تكون سهلة القراءة. ويمكن أن تتضمن:",
                            "- الاسم ورقم الهاتف والبريد الإلكتروني",
                            "- نبذة قصيرة: من أنت وما الذي تجيده",
                            "- الخبرة العملية بدءًا بالأحدث، بما في ذلك الوظائف في بلدك الأصلي",
                            "- التعليم والدورات",
                            "- اللغات، بما فيها لغتك الأم، ومستواك في الدنماركية والإنجليزية",
                            "- مهارات أخرى، مثل رخصة القيادة أو مهارات الحاسوب",
                            "لا داعي لأن تكتب دينك أو حالتك الزوجية أو عدد أطفالك. كثير من الناس يضعون صورة في سيرتهم الذاتية، لكن ذلك ليس شرطًا. اكتب بشكل محدد عمّا قمت به وما أصبحت تجيده.",
                        ],
                        "uk": [
                            "## Данське резюме",
                            "Резюме (CV) – це короткий огляд про вас, вашу освіту та досвід. Данське резюме зазвичай займає 1–2 сторінки і має легко читатися. Воно може містити:",
                            "- ім’я, номер телефону та електронну пошту",
                            "- короткий профіль: хто ви і що вмієте добре",
                            "- досвід роботи, починаючи з останнього місця, – також роботу у вашій країні",
                            "- освіту та курси",
                            "- мови – також рідну – і рівень вашої данської та англійської",
                            "- інші навички, наприклад водійське посвідчення або комп’ютерні навички",
                            "Не обов’язково вказувати релігію, сімейний стан чи кількість дітей. Багато людей додають до резюме фото, але це не обов’язково. Пишіть конкретно, що ви робили і чого навчилися.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Ansøgning og jobsamtale",
                            "En ansøgning er et kort brev på højst én side. Skriv, hvorfor du søger netop dette job, og hvad du kan bidrage med. Skriv en ny ansøgning til hvert job. Bed gerne en lærer, en mentor eller en frivillig om at læse den igennem.",
                            "Hvis arbejdsgiveren er interesseret, bliver du kaldt til en jobsamtale. Kom til tiden – gerne lidt før. Det er almindeligt at give hånd og se personen i øjnene, når man hilser. Det er helt i orden at sige, at du stadig lærer dansk. Forbered et par spørgsmål om jobbet. Det viser, at du er interesseret.",
                        ],
                        "en": [
                            "## Application and job interview",
                            "An application is a short letter of no more than one page. Write why you are applying for this particular job and what you can contribute. Write a new application for each job. Feel free to ask a teacher, a mentor or a volunteer to read it through.",
                            "If the employer is interested, you will be invited to a job interview. Be on time – preferably a little early. It is common to shake hands and look the person in the eye when you greet them. It is perfectly fine to say that you are still learning Danish. Prepare a few questions about the job. It shows that you are interested.",
                        ],
                        "ar": [
                            "## رسالة طلب العمل ومقابلة العمل",
                            "رسالة طلب العمل (ansøgning) رسالة قصيرة لا تتجاوز صفحة واحدة. اكتب لماذا تتقدم لهذه الوظيفة بالذات وما الذي يمكنك أن تقدمه. واكتب رسالة جديدة لكل وظيفة. ولا بأس أن تطلب من معلم أو مرشد أو متطوع أن يقرأها.",
                            "إذا كان صاحب العمل مهتمًا، فستُدعى إلى مقابلة عمل. احضر في الموعد، ويُفضّل أن تصل مبكرًا قليلًا. من المعتاد المصافحة والنظر في عيني الشخص عند التحية. ولا مانع أبدًا من أن تقول إنك ما زلت تتعلم اللغة الدنماركية. حضّر بعض الأسئلة عن الوظيفة، فهذا يدل على اهتمامك.",
                        ],
                        "uk": [
                            "## Супровідний лист і співбесіда",
                            "Супровідний лист (ansøgning) – це короткий лист обсягом не більше однієї сторінки. Напишіть, чому ви претендуєте саме на цю роботу і що можете запропонувати. Для кожної вакансії пишіть новий лист. Можна попросити вчителя, наставника чи волонтера його прочитати.",
                            "Якщо роботодавець зацікавиться, вас запросять на співбесіду. Приходьте вчасно – краще трохи раніше. Під час привітання зазвичай тиснуть руку й дивляться людині в очі. Цілком нормально сказати, що ви ще вивчаєте данську. Підготуйте кілька запитань про роботу – це показує вашу зацікавленість.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Få din uddannelse vurderet",
                            "Har du en uddannelse fra et andet land, kan du søge om at få den vurderet hos <b>Uddannelses- og Forskningsstyrelsen</b>. Vurderingen beskriver, hvilket niveau og fagområde din uddannelse svarer til i Danmark. Selve vurderingen er gratis, men du skal måske selv betale for at få dine papirer oversat.",
                            "Vurderingen kan hjælpe, når du søger job, fordi arbejdsgiveren bedre kan forstå din uddannelse. Du kan også bruge den, når du søger ind på en uddannelse, eller når du vil være medlem af en a-kasse.",
                            "Nogle erhverv er <b>lovregulerede</b>, for eksempel læge, sygeplejerske og lærer i folkeskolen. Her skal du have en godkendelse eller autorisation fra en bestemt myndighed, før du må arbejde i faget. Læger og sygeplejersker skal for eksempel søge om autorisation hos Styrelsen for Patientsikkerhed.",
                            "Hvis du ikke har dine papirer, for eksempel fordi du er flygtet, kan du søge om en <i>vejledende udtalelse</i> i stedet. Du kan også få vurderet de evner, du har fået gennem arbejde. Det kaldes en realkompetencevurdering. Spørg jobcenteret, hvordan du kommer i gang.",
                        ],
                        "en": [
                            "## Get your qualifications assessed",
                            "If you have an education from another country, you can apply to have it assessed by the <b>Danish Agency for Higher Education and Science</b> (Uddannelses- og Forskningsstyrelsen). The assessment describes which level and subject area your education corresponds to in Denmark. The assessment itself is free, but you may have to pay to have your documents translated.",
                            "The assessment can help when you look for work, because employers can better understand your education. You can also use it when you apply for a course of study or when you want to join an a-kasse.",
                            "Some professions are <b>regulated</b>, for example doctor, nurse and folkeskole teacher. For these you need approval or authorisation from a specific authority before you may work in the profession. Doctors and nurses, for example, must apply for authorisation from the Danish Patient Safety Authority (Styrelsen for Patientsikkerhed).",
                            "If you do not have your papers, for example because you fled, you can apply for an <i>advisory statement</i> (vejledende udtalelse) instead. You can also have the skills you have gained through work assessed. This is called an assessment of prior learning (realkompetencevurdering). Ask the jobcentre how to get started.",
                        ],
                        "ar": [
                            "## احصل على تقييم لشهاداتك",
                            "إذا كانت لديك شهادة من بلد آخر، يمكنك أن تطلب تقييمها من <b>هيئة التعليم والبحث العلمي (Uddannelses- og Forskningsstyrelsen)</b>. يبيّن التقييم المستوى والمجال الذي تعادله شهادتك في الدنمارك. التقييم نفسه مجاني، لكن قد يتعين عليك أن تدفع تكلفة ترجمة وثائقك.",
                            "يمكن أن يساعدك التقييم عندما تبحث عن عمل، لأن صاحب العمل سيفهم تعليمك بشكل أفضل. ويمكنك أيضًا أن تستخدمه عندما تتقدم للدراسة أو عندما تريد الانضمام إلى صندوق تأمين ضد البطالة (a-kasse).",
                            "بعض المهن <b>منظَّمة بالقانون</b>، مثل الطبيب والممرض ومعلم المدرسة الحكومية. في هذه المهن تحتاج إلى موافقة أو ترخيص من جهة رسمية معيّنة قبل أن يُسمح لك بالعمل فيها. فمثلًا يجب على الأطباء والممرضين أن يطلبوا الترخيص من هيئة سلامة المرضى (Styrelsen for Patientsikkerhed).",
                            "إذا لم تكن معك وثائقك، مثلًا لأنك اضطررت إلى الهرب، يمكنك أن تطلب <i>رأيًا استرشاديًا (vejledende udtalelse)</i> بدلًا من ذلك. ويمكنك أيضًا أن تطلب تقييم المهارات التي اكتسبتها من خلال العمل، ويسمى ذلك تقييم الكفاءات الفعلية (realkompetencevurdering). اسأل مركز العمل كيف تبدأ.",
                        ],
                        "uk": [
                            "## Отримайте оцінку своєї освіти",
                            "Якщо у вас є освіта з іншої країни, ви можете подати заяву на її оцінку до <b>Агентства з питань освіти та науки (Uddannelses- og Forskningsstyrelsen)</b>. В оцінці описано, якому рівню та галузі у Данії відповідає ваша освіта. Сама оцінка безкоштовна, але, можливо, вам доведеться заплатити за переклад документів.",
                            "Оцінка може допомогти під час пошуку роботи, бо роботодавцю буде легше зрозуміти вашу освіту. Її також можна використати, коли ви вступаєте на навчання або хочете стати членом каси страхування від безробіття (a-kasse).",
                            "Деякі професії є <b>регульованими законом</b>, наприклад лікар, медсестра та вчитель загальноосвітньої школи. Для них потрібен дозвіл або ліцензія від певного органу, перш ніж ви зможете працювати за фахом. Наприклад, лікарі та медсестри мають подавати заяву на ліцензію до Агентства з безпеки пацієнтів (Styrelsen for Patientsikkerhed).",
                            "Якщо у вас немає документів, наприклад тому що вам довелося тікати, ви можете натомість подати заяву на <i>консультативний висновок (vejledende udtalelse)</i>. Можна також отримати оцінку навичок, здобутих на роботі. Це називається оцінкою фактичних компетенцій (realkompetencevurdering). Запитайте в центрі зайнятості, з чого почати.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Gode råd til jobsøgningen",
                        "en": "Tips for your job search",
                        "ar": "نصائح للبحث عن عمل",
                        "uk": "Поради для пошуку роботи",
                    },
                    "facts": {
                        "da": [
                            "Læg dit CV på Jobnet, og søg også job gennem dit netværk.",
                            "Et dansk CV fylder som regel 1-2 sider.",
                            "Skriv en ny ansøgning til hvert job.",
                            "Det er gratis at få sin udenlandske uddannelse vurderet.",
                            "Lovregulerede erhverv, som læge og sygeplejerske, kræver en særlig godkendelse.",
                        ],
                        "en": [
                            "Put your CV on Jobnet, and also look for jobs through your network.",
                            "A Danish CV is usually 1–2 pages long.",
                            "Write a new application for each job.",
                            "Having your foreign education assessed is free.",
                            "Regulated professions, such as doctor and nurse, require special approval.",
                        ],
                        "ar": [
                            "ضع سيرتك الذاتية على Jobnet، وابحث عن عمل أيضًا من خلال شبكة معارفك.",
                            "السيرة الذاتية الدنماركية تكون عادةً من صفحة إلى صفحتين.",
                            "اكتب رسالة طلب جديدة لكل وظيفة.",
                            "تقييم الشهادة الأجنبية مجاني.",
                            "المهن المنظَّمة بالقانون، مثل الطبيب والممرض، تحتاج إلى موافقة خاصة.",
                        ],
                        "uk": [
                            "Розмістіть резюме на Jobnet і шукайте роботу також через знайомих.",
                            "Данське резюме зазвичай займає 1–2 сторінки.",
                            "Для кожної вакансії пишіть новий супровідний лист.",
                            "Оцінка іноземної освіти безкоштовна.",
                            "Для регульованих професій, як-от лікар і медсестра, потрібен спеціальний дозвіл.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Nyttige hjemmesider",
                        "en": "Useful websites",
                        "ar": "مواقع مفيدة",
                        "uk": "Корисні сайти",
                    },
                    "intro": {
                        "da": "Søg job på Jobnet, og læs om vurdering af udenlandske uddannelser og lovregulerede erhverv.",
                        "en": "Look for jobs on Jobnet, and read about the assessment of foreign qualifications and regulated professions.",
                        "ar": "ابحث عن عمل على Jobnet، واقرأ عن تقييم الشهادات الأجنبية والمهن المنظَّمة بالقانون.",
                        "uk": "Шукайте роботу на Jobnet і читайте про оцінку іноземної освіти та регульовані професії.",
                    },
                    "resources": [
                        "jobnet",
                        "m02-ufm-anerkendelse",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad er du god til? Skriv tre ting, som du kan bruge på en dansk arbejdsplads.",
                        "en": "What are you good at? Write down three things you can use at a Danish workplace.",
                        "ar": "ما الذي تجيده؟ اكتب ثلاثة أشياء يمكنك أن تستفيد منها في مكان عمل دنماركي.",
                        "uk": "Що ви вмієте добре? Запишіть три речі, які ви можете використати на данському робочому місці.",
                    },
                    "hint": {
                        "da": "Tænk både på job, uddannelse og det, du har lavet i familien eller i din fritid – for eksempel at reparere ting, passe børn, lave mad til mange eller organisere.",
                        "en": "Think about jobs, education and what you have done in your family or free time – for example repairing things, looking after children, cooking for many people or organising.",
                        "ar": "فكّر في الوظائف والتعليم وما قمت به في الأسرة أو في وقت فراغك، مثل إصلاح الأشياء، أو رعاية الأطفال، أو الطبخ لعدد كبير من الناس، أو التنظيم.",
                        "uk": "Подумайте про роботу, навчання і те, що ви робили в родині чи у вільний час, – наприклад, ремонтували речі, доглядали дітей, готували для багатьох людей або щось організовували.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test din viden",
                        "en": "Test your knowledge",
                        "ar": "اختبر معلوماتك",
                        "uk": "Перевірте свої знання",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvor langt er et dansk CV som regel?",
                                "en": "How long is a Danish CV usually?",
                                "ar": "كم يبلغ طول السيرة الذاتية الدنماركية عادةً؟",
                                "uk": "Якого обсягу зазвичай данське резюме?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Én linje",
                                        "en": "One line",
                                        "ar": "سطر واحد",
                                        "uk": "Один рядок",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "1-2 sider",
                                        "en": "1–2 pages",
                                        "ar": "من صفحة إلى صفحتين",
                                        "uk": "1–2 сторінки",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "10 sider",
                                        "en": "10 pages",
                                        "ar": "10 صفحات",
                                        "uk": "10 сторінок",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Et dansk CV er kort og overskueligt, som regel 1-2 sider.",
                                "en": "A Danish CV is short and clear, usually 1–2 pages.",
                                "ar": "السيرة الذاتية الدنماركية قصيرة وواضحة، وتكون عادةً من صفحة إلى صفحتين.",
                                "uk": "Данське резюме коротке й зрозуміле, зазвичай 1–2 сторінки.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en uopfordret ansøgning?",
                                "en": "What is an unsolicited application?",
                                "ar": "ما هو طلب العمل المبادر (uopfordret ansøgning)؟",
                                "uk": "Що таке ініціативна заява (uopfordret ansøgning)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En ansøgning til en virksomhed, som ikke har slået et job op",
                                        "en": "An application to a company that has not advertised a job",
                                        "ar": "طلب ترسله إلى شركة لم تعلن عن وظيفة",
                                        "uk": "Заява до компанії, яка не оголошувала вакансію",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En ansøgning, som jobcenteret skriver for dig",
                                        "en": "An application the jobcentre writes for you",
                                        "ar": "طلب يكتبه مركز العمل نيابةً عنك",
                                        "uk": "Заява, яку за вас пише центр зайнятості",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En klage over en arbejdsgiver",
                                        "en": "A complaint about an employer",
                                        "ar": "شكوى ضد صاحب عمل",
                                        "uk": "Скарга на роботодавця",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Med en uopfordret ansøgning tager du selv kontakt til en virksomhed. Det er almindeligt i Danmark.",
                                "en": "With an unsolicited application you contact a company yourself. This is common in Denmark.",
                                "ar": "في طلب العمل المبادر تتواصل أنت بنفسك مع الشركة، وهذا أمر شائع في الدنمارك.",
                                "uk": "Надсилаючи ініціативну заяву, ви самі звертаєтеся до компанії. У Данії це звична практика.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem kan vurdere, hvad en udenlandsk uddannelse svarer til i Danmark?",
                                "en": "Who can assess what a foreign education corresponds to in Denmark?",
                                "ar": "من يستطيع تقييم ما تعادله الشهادة الأجنبية في الدنمارك؟",
                                "uk": "Хто може оцінити, чому відповідає іноземна освіта в Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Politiet",
                                        "en": "The police",
                                        "ar": "الشرطة",
                                        "uk": "Поліція",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Uddannelses- og Forskningsstyrelsen",
                                        "en": "The Danish Agency for Higher Education and Science",
                                        "ar": "هيئة التعليم والبحث العلمي",
                                        "uk": "Агентство з питань освіти та науки",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Skattestyrelsen",
                                        "en": "The Danish Tax Agency",
                                        "ar": "مصلحة الضرائب",
                                        "uk": "Податкова служба",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Borgerservice",
                                        "en": "Borgerservice",
                                        "ar": "مكتب خدمة المواطنين (Borgerservice)",
                                        "uk": "Borgerservice",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Uddannelses- og Forskningsstyrelsen vurderer udenlandske uddannelser gratis.",
                                "en": "The Danish Agency for Higher Education and Science (Uddannelses- og Forskningsstyrelsen) assesses foreign qualifications free of charge.",
                                "ar": "تقيّم هيئة التعليم والبحث العلمي (Uddannelses- og Forskningsstyrelsen) الشهادات الأجنبية مجانًا.",
                                "uk": "Агентство з питань освіти та науки (Uddannelses- og Forskningsstyrelsen) безкоштовно оцінює іноземну освіту.",
                            },
                        },
                        {
                            "question": {
                                "da": "Fatima er uddannet sygeplejerske i sit hjemland. Hvad skal hun gøre for at arbejde som sygeplejerske i Danmark?",
                                "en": "Fatima trained as a nurse in her home country. What must she do to work as a nurse in Denmark?",
                                "ar": "فاطمة درست التمريض في بلدها. ماذا يجب أن تفعل لكي تعمل ممرضة في الدنمارك؟",
                                "uk": "Фатіма здобула фах медсестри у своїй країні. Що їй потрібно зробити, щоб працювати медсестрою в Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Hun kan bare begynde at arbejde",
                                        "en": "She can just start working",
                                        "ar": "يمكنها أن تبدأ العمل مباشرة",
                                        "uk": "Вона може просто почати працювати",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Hun skal søge om autorisation hos Styrelsen for Patientsikkerhed",
                                        "en": "She must apply for authorisation from the Danish Patient Safety Authority",
                                        "ar": "يجب أن تطلب ترخيصًا من هيئة سلامة المرضى (Styrelsen for Patientsikkerhed)",
                                        "uk": "Вона має подати заяву на ліцензію до Агентства з безпеки пацієнтів (Styrelsen for Patientsikkerhed)",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Hun skal skrive til Folketinget",
                                        "en": "She must write to the Folketing",
                                        "ar": "يجب أن تكتب إلى البرلمان",
                                        "uk": "Вона має написати до Фолькетингу",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sygeplejerske er et lovreguleret erhverv. Derfor skal Fatima have en autorisation, før hun må arbejde som sygeplejerske i Danmark.",
                                "en": "Nursing is a regulated profession. So Fatima needs authorisation before she may work as a nurse in Denmark.",
                                "ar": "التمريض مهنة منظَّمة بالقانون، لذلك تحتاج فاطمة إلى ترخيص قبل أن يُسمح لها بالعمل ممرضة في الدنمارك.",
                                "uk": "Медсестра – це регульована професія. Тому Фатімі потрібна ліцензія, перш ніж вона зможе працювати медсестрою в Данії.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "working-life-in-denmark",
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Arbejdslivet i Danmark",
                "en": "Working life in Denmark",
                "ar": "الحياة المهنية في الدنمارك",
                "uk": "Трудове життя в Данії",
            },
            "intro": {
                "da": "Lær om den danske model, overenskomster, fagforeninger, a-kasser, ferie, lønsedlen og kulturen på en dansk arbejdsplads.",
                "en": "Learn about the Danish model, collective agreements, trade unions, a-kasser, holidays, the payslip and the culture at a Danish workplace.",
                "ar": "تعرّف على النموذج الدنماركي، والاتفاقيات الجماعية، والنقابات، وصناديق التأمين ضد البطالة، والإجازات، وقسيمة الراتب، وثقافة مكان العمل الدنماركي.",
                "uk": "Дізнайтеся про данську модель, колективні договори, профспілки, каси страхування від безробіття, відпустки, розрахунковий листок і культуру на данському робочому місці.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Den danske model",
                            "I Danmark er der ingen lov om mindsteløn. Løn og arbejdsvilkår bliver i stedet ofte aftalt mellem arbejdsgivernes organisationer og lønmodtagernes fagforeninger. Sådan en aftale kaldes en <b>overenskomst</b>. Den fastsætter for eksempel mindsteløn og arbejdstid. Det samme gælder tillæg for arbejde om aftenen, pension og løn under sygdom. Systemet kaldes <i>den danske model</i>.",
                            "På mange arbejdspladser er fuld tid 37 timer om ugen. Nogle regler står i love og gælder for alle. Det er for eksempel regler om arbejdsmiljø, ferie og forbud mod forskelsbehandling. Arbejdstilsynet ser efter, at arbejdsmiljøet er sikkert og sundt.",
                            "Arbejder du i gennemsnit mere end 3 timer om ugen? Så har du ret til et <b>ansættelsesbevis</b> på skrift. Her står blandt andet dit job, din løn og din arbejdstid. Læs det godt igennem. Spørg, hvis du ikke forstår det. Arbejd aldrig »sort«. Det vil sige, at løn og skat ikke bliver indberettet. Det er ulovligt. Du kan også for eksempel miste retten til feriepenge, pension og dagpenge.",
                        ],
                        "en": [
                            "## The Danish model",
                            "In Denmark there is no minimum wage set by law. Instead, wages and working conditions are often agreed between employers’ organisations and employees’ trade unions. Such an agreement is called a <b>collective agreement</b> (overenskomst). It sets, for example, the minimum wage, working hours, extra pay for evening work, pension and pay during illness. The system is called <i>the Danish model</i>.",
                            "At many workplaces a full-time job is 37 hours a week. Some rules apply to everyone through laws, for example on the working environment, holidays and the ban on discrimination. The Danish Working Environment Authority (Arbejdstilsynet) checks that the working environment is safe and healthy.",
                            "You have the right to a written <b>statement of employment</b> (ansættelsesbevis) if you work more than 3 hours a week on average. Among other things, it describes your work, your pay and your working hours. Read it carefully, and ask if you do not understand it. Never work “off the books” (sort arbejde), that is, without your wages and tax being reported. It is illegal, and you can lose rights, for example to holiday pay, pension and unemployment benefit.",
                        ],
                        "ar": [
                            "## النموذج الدنماركي",
                            "لا يوجد في الدنمارك حد أدنى للأجور يحدده القانون. بدلًا من ذلك يُتفق غالبًا على الأجور وشروط العمل بين منظمات أصحاب العمل ونقابات العمال. ويسمى هذا الاتفاق <b>اتفاقية جماعية (overenskomst)</b>. وهي تحدد مثلًا الحد الأدنى للأجر، وساعات العمل، والعلاوات عن العمل المسائي، والمعاش التقاعدي، والأجر أثناء المرض. ويسمى هذا النظام <i>النموذج الدنماركي</i>.",
                            "في كثير من أماكن العمل يكون الدوام الكامل 37 ساعة في الأسبوع. وهناك قواعد تسري على الجميع بموجب القانون، مثلًا عن بيئة العمل والإجازات وحظر التمييز. وتراقب هيئة بيئة العمل (Arbejdstilsynet) أن تكون بيئة العمل آمنة وصحية.",
                            "يحق لك الحصول على <b>وثيقة توظيف</b> مكتوبة (ansættelsesbevis) إذا كنت تعمل أكثر من 3 ساعات في الأسبوع في المتوسط. وهي تصف، من بين أمور أخرى، عملك وأجرك وساعات عملك. اقرأها بعناية، واسأل إذا لم تفهمها. ولا تعمل أبدًا «بشكل غير رسمي» (sort arbejde)، أي دون الإبلاغ عن أجرك وضرائبك. فهذا مخالف للقانون، وقد تخسر حقوقًا مثل أجر الإجازة والمعاش التقاعدي وإعانة البطالة.",
                        ],
                        "uk": [
                            "## Данська модель",
                            "У Данії немає мінімальної зарплати, встановленої законом. Натомість зарплату й умови праці часто узгоджують організації роботодавців і профспілки працівників. Таку угоду називають <b>колективним договором (overenskomst)</b>. Він визначає, наприклад, мінімальну зарплату, робочий час, доплати за роботу ввечері, пенсію та оплату під час хвороби. Цю систему називають <i>данською моделлю</i>.",
                            "На багатьох робочих місцях повна зайнятість – це 37 годин на тиждень. Деякі правила діють для всіх згідно із законами, наприклад щодо умов праці, відпусток і заборони дискримінації. Управління з охорони праці (Arbejdstilsynet) стежить за тим, щоб умови праці були безпечними й здоровими.",
                            "Ви маєте право на письмовий <b>документ про працевлаштування (ansættelsesbevis)</b>, якщо в середньому працюєте понад 3 години на тиждень. У ньому, зокрема, описано вашу роботу, зарплату та робочий час. Уважно прочитайте його і запитайте, якщо щось незрозуміло. Ніколи не працюйте «нелегально» (sort arbejde), тобто без офіційного оформлення зарплати й податків. Це незаконно, і ви можете втратити права, наприклад на відпускні, пенсію та допомогу з безробіття.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "m02-overenskomst",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Fagforening og a-kasse",
                            "En <b>fagforening</b> arbejder for lønmodtagernes rettigheder. Den forhandler overenskomster. Den kan også hjælpe dig, hvis du har problemer med din løn, din kontrakt eller din arbejdsgiver. På mange arbejdspladser er der en tillidsrepræsentant, som de ansatte har valgt. Det er frivilligt at være medlem af en fagforening. Det koster et kontingent hver måned.",
                            "En <b>a-kasse</b> (arbejdsløshedskasse) er en forsikring mod arbejdsløshed. Mister du dit job, kan du få <b>dagpenge</b> fra a-kassen. For at få dagpenge skal du blandt andet have været medlem i mindst 12 måneder. Du skal også have haft en vis indkomst. Det er også frivilligt at være medlem.",
                            "Fagforening og a-kasse er ikke det samme. Mange er medlem af begge, ofte samme sted. Men du kan godt være medlem af en a-kasse uden at være medlem af en fagforening.",
                        ],
                        "en": [
                            "## Trade union and a-kasse",
                            "A <b>trade union</b> (fagforening) works for employees’ rights. It negotiates collective agreements and can help you if you have problems with your pay, your contract or your employer. At many workplaces there is a shop steward (tillidsrepræsentant) elected by the employees. Membership of a trade union is voluntary, and it costs a monthly fee.",
                            "An <b>a-kasse</b> (unemployment insurance fund) is insurance against unemployment. If you lose your job, you can get <b>unemployment benefit</b> (dagpenge) from the a-kasse. To get unemployment benefit, you must among other things have been a member for at least 12 months and have had a certain income. Membership is also voluntary.",
                            "A trade union and an a-kasse are two different things. Many people are members of both – often in the same place – but you can be a member of an a-kasse without being a member of a trade union.",
                        ],
                        "ar": [
                            "## النقابة وصندوق التأمين ضد البطالة",
                            "تعمل <b>النقابة (fagforening)</b> من أجل حقوق العاملين. فهي تتفاوض على الاتفاقيات الجماعية، ويمكنها أن تساعدك إذا واجهت مشكلات في أجرك أو عقدك أو مع صاحب العمل. وفي كثير من أماكن العمل يوجد ممثل نقابي (tillidsrepræsentant) ينتخبه الموظفون. العضوية في النقابة اختيارية، ولها اشتراك شهري.",
                            "<b>صندوق التأمين ضد البطالة (a-kasse)</b> هو تأمين ضد فقدان العمل. إذا فقدت وظيفتك، يمكنك أن تحصل على <b>إعانة البطالة (dagpenge)</b> من الصندوق. وللحصول عليها يجب، من بين شروط أخرى، أن تكون عضوًا منذ 12 شهرًا على الأقل وأن يكون لديك دخل معيّن. والعضوية هنا أيضًا اختيارية.",
                            "النقابة وصندوق التأمين ضد البطالة شيئان مختلفان. كثير من الناس أعضاء في الاثنين، وغالبًا في المكان نفسه، لكن يمكنك أن تكون عضوًا في صندوق التأمين ضد البطالة دون أن تكون عضوًا في نقابة.",
                        ],
                        "uk": [
                            "## Профспілка та каса страхування від безробіття",
                            "<b>Профспілка (fagforening)</b> захищає права працівників. Вона веде переговори щодо колективних договорів і може допомогти, якщо у вас проблеми із зарплатою, контрактом чи роботодавцем. На багатьох робочих місцях є профспілковий представник (tillidsrepræsentant), якого обирають працівники. Членство в профспілці добровільне, за нього щомісяця сплачують внесок.",
                            "<b>Каса страхування від безробіття (a-kasse)</b> – це страхування на випадок втрати роботи. Якщо ви втратите роботу, можете отримувати від каси <b>допомогу з безробіття (dagpenge)</b>. Щоб її отримати, потрібно, зокрема, бути членом щонайменше 12 місяців і мати певний дохід. Членство також добровільне.",
                            "Профспілка та каса страхування від безробіття – це різні речі. Багато людей є членами обох – часто в одному місці, – але можна бути членом каси без членства в профспілці.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "m02-a-kasse",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Ferie og sygdom",
                            "Alle lønmodtagere har ret til 5 ugers ferie om året. Du optjener betalt ferie, mens du arbejder: 2,08 dages ferie for hver måned. Mange overenskomster giver også ekstra fridage. Mange holder sommerferie i juli. Nogle arbejdspladser holder lukket i et par uger.",
                            "Bliver du syg, skal du melde dig syg til din arbejdsplads. Gør det så tidligt som muligt på den første dag, du er syg. Gør det helst, før du skulle møde ind. Følg de regler, der gælder på din arbejdsplads. Er du syg i længere tid, kan du have ret til løn eller sygedagpenge.",
                        ],
                        "en": [
                            "## Holidays and illness",
                            "All employees have the right to 5 weeks of holiday a year. You earn paid holiday while you work: 2.08 days of holiday for each month. Many collective agreements also give extra days off. Many people take their summer holiday in July, and some workplaces close for a couple of weeks.",
                            "If you fall ill, you must call in sick to your workplace as early as possible on the first day of illness – preferably before you were due to start. Follow the rules at your workplace. If you are ill for a longer period, you may be entitled to pay or sickness benefit (sygedagpenge).",
                        ],
                        "ar": [
                            "## الإجازات والمرض",
                            "يحق لكل العاملين الحصول على 5 أسابيع إجازة في السنة. وأنت تكتسب الإجازة المدفوعة وأنت تعمل: 2.08 يوم إجازة عن كل شهر. وكثير من الاتفاقيات الجماعية تمنح أيضًا أيام عطلة إضافية. ويأخذ كثير من الناس إجازتهم الصيفية في يوليو، وبعض أماكن العمل تغلق لبضعة أسابيع.",
                            "إذا مرضت، يجب أن تُبلغ مكان عملك بمرضك في أبكر وقت ممكن في أول يوم من المرض، ويُفضّل قبل موعد بدء عملك. اتبع القواعد المعمول بها في مكان عملك. وإذا طال مرضك، فقد يحق لك الحصول على أجرك أو على إعانة المرض (sygedagpenge).",
                        ],
                        "uk": [
                            "## Відпустка та хвороба",
                            "Усі працівники мають право на 5 тижнів відпустки на рік. Оплачувану відпустку ви заробляєте, поки працюєте: 2,08 дня відпустки за кожен місяць. Багато колективних договорів дають ще й додаткові вихідні дні. Багато людей беруть літню відпустку в липні, а деякі робочі місця закриваються на кілька тижнів.",
                            "Якщо ви захворіли, повідомте про це на роботу якомога раніше в перший день хвороби – бажано до початку робочого дня. Дотримуйтеся правил, які діють на вашому робочому місці. Якщо ви хворієте довше, ви можете мати право на зарплату або допомогу з хвороби (sygedagpenge).",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Lønsedlen",
                            "Hver måned – eller hver anden uge – får du en lønseddel. Den kommer ofte i e-Boks eller mit.dk. Tjek altid, at den er rigtig. På lønsedlen står blandt andet:",
                            "- <b>Bruttoløn</b>: din løn før skat og andre fradrag.",
                            "- <b>AM-bidrag</b>: arbejdsmarkedsbidrag på 8 procent.",
                            "- <b>A-skat</b>: den skat, som arbejdsgiveren trækker og betaler til Skattestyrelsen for dig.",
                            "- <b>Pension og ATP</b>: penge, der bliver sparet op til, når du bliver ældre.",
                            "- <b>Feriepenge eller ferietillæg</b>: penge til din ferie.",
                            "- <b>Nettoløn</b>: det beløb, du får udbetalt på din konto.",
                            "Hvis noget ser forkert ud, så spørg din arbejdsgiver, din tillidsrepræsentant eller din fagforening.",
                        ],
                        "en": [
                            "## The payslip",
                            "Every month – or every two weeks – you receive a payslip (lønseddel). It often arrives in e-Boks or mit.dk. Always check that it is correct. The payslip shows, among other things:",
                            "- <b>Gross pay</b> (bruttoløn): your pay before tax and other deductions.",
                            "- <b>Labour market contribution</b> (AM-bidrag) of 8 percent.",
                            "- <b>A-skat</b>: the tax your employer deducts and pays to the Danish Tax Agency for you.",
                            "- <b>Pension and ATP</b>: money saved for when you get older.",
                            "- <b>Holiday pay or holiday allowance</b> (feriepenge/ferietillæg): money for your holidays.",
                            "- <b>Net pay</b> (nettoløn): the amount paid into your account.",
                            "If something looks wrong, ask your employer, your shop steward or your trade union.",
                        ],
                        "ar": [
                            "## قسيمة الراتب (lønseddel)",
                            "كل شهر، أو كل أسبوعين، تحصل على قسيمة راتب. وغالبًا ما تصلك في e-Boks أو mit.dk. تأكّد دائمًا من أنها صحيحة. ومما يُذكر في قسيمة الراتب:",
                            "- <b>الراتب الإجمالي (bruttoløn)</b>: راتبك قبل الضرائب والخصومات الأخرى.",
                            "- <b>إسهام سوق العمل (AM-bidrag)</b>: وهو 8 في المئة.",
                            "- <b>الضريبة المقتطعة (A-skat)</b>: الضريبة التي يخصمها صاحب العمل ويدفعها عنك إلى مصلحة الضرائب.",
                            "- <b>المعاش التقاعدي وATP</b>: أموال تُدّخر لك عندما تتقدم في السن.",
                            "- <b>أجر الإجازة أو علاوة الإجازة (feriepenge/ferietillæg)</b>: أموال لإجازتك.",
                            "- <b>الراتب الصافي (nettoløn)</b>: المبلغ الذي يُحوَّل إلى حسابك.",
                            "إذا بدا لك أن شيئًا غير صحيح، فاسأل صاحب العمل أو الممثل النقابي أو نقابتك.",
                        ],
                        "uk": [
                            "## Розрахунковий листок (lønseddel)",
                            "Щомісяця – або раз на два тижні – ви отримуєте розрахунковий листок. Він часто надходить в e-Boks або mit.dk. Завжди перевіряйте, чи він правильний. У розрахунковому листку, зокрема, зазначено:",
                            "- <b>Зарплата брутто (bruttoløn)</b>: ваша зарплата до податків та інших утримань.",
                            "- <b>Внесок на ринок праці</b> (AM-bidrag) – 8 відсотків.",
                            "- <b>A-skat</b>: податок, який роботодавець утримує й сплачує за вас до Податкової служби.",
                            "- <b>Пенсія та ATP</b>: гроші, які відкладаються на старість.",
                            "- <b>Відпускні або надбавка до відпустки (feriepenge/ferietillæg)</b>: гроші на вашу відпустку.",
                            "- <b>Зарплата нетто (nettoløn)</b>: сума, яку вам перераховують на рахунок.",
                            "Якщо щось здається неправильним, запитайте роботодавця, профспілкового представника або свою профспілку.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Kulturen på en dansk arbejdsplads",
                            "- <b>Flad struktur</b>: Man siger »du« og bruger fornavne – også til chefen. Medarbejderne bliver ofte spurgt om deres mening.",
                            "- <b>Ansvar og tillid</b>: Man regner med, at du selv tager initiativ og spørger, hvis du er i tvivl. Chefen holder ikke øje med dig hele tiden.",
                            "- <b>Præcision</b>: Kom til tiden, og giv besked, hvis du bliver forsinket.",
                            "- <b>Fællesskab</b>: Frokost og kaffepauser med kollegerne er vigtige. Her lærer du dem at kende og øver dit dansk.",
                            "- <b>Balance</b>: Mange går hjem til tiden for at hente børn. Familielivet bliver respekteret.",
                            "En arbejdsgiver må ikke forskelsbehandle dig på grund af for eksempel køn, religion, etnisk oprindelse, alder eller handicap. Det gælder, både når du søger job, og når du er ansat.",
                        ],
                        "en": [
                            "## The culture at a Danish workplace",
                            "- <b>Flat structure</b>: people use first names and the informal “du” – also with the boss. Employees are often asked for their opinion.",
                            "- <b>Responsibility and trust</b>: you are expected to take initiative yourself and to ask if you are unsure. The boss does not check on you all the time.",
                            "- <b>Punctuality</b>: be on time, and let people know if you are going to be late.",
                            "- <b>Community</b>: lunch and coffee breaks with colleagues are important. This is where you get to know your colleagues – and practise your Danish.",
                            "- <b>Balance</b>: many people leave on time to pick up their children. Family life is respected.",
                            "An employer must not discriminate against you because of, for example, gender, religion, ethnic origin, age or disability. This applies both when you apply for a job and when you are employed.",
                        ],
                        "ar": [
                            "## الثقافة في مكان العمل الدنماركي",
                            "- <b>هيكل غير هرمي</b>: يخاطب الناس بعضهم بالأسماء الأولى وبصيغة «أنت» (du)، حتى مع المدير. وكثيرًا ما يُسأل الموظفون عن رأيهم.",
                            "- <b>المسؤولية والثقة</b>: يُتوقع منك أن تبادر بنفسك وأن تسأل إذا لم تكن متأكدًا. والمدير لا يراقبك طوال الوقت.",
                            "- <b>الالتزام بالمواعيد</b>: احضر في الموعد، وأبلِغ إذا كنت ستتأخر.",
                            "- <b>روح الجماعة</b>: الغداء واستراحات القهوة مع الزملاء مهمة. فيها تتعرّف على زملائك وتتدرّب على اللغة الدنماركية.",
                            "- <b>التوازن</b>: كثيرون يغادرون العمل في موعدهم لكي يأخذوا أطفالهم. والحياة العائلية تحظى بالاحترام.",
                            "لا يجوز لصاحب العمل أن يميّز ضدك بسبب الجنس أو الدين أو الأصل العرقي أو العمر أو الإعاقة مثلًا. وهذا يسري عندما تتقدّم لوظيفة وعندما تكون موظفًا أيضًا.",
                        ],
                        "uk": [
                            "## Культура на данському робочому місці",
                            "- <b>Пласка структура</b>: люди звертаються одне до одного на «ти» (du) і на ім’я – навіть до керівника. Працівників часто питають про їхню думку.",
                            "- <b>Відповідальність і довіра</b>: від вас очікують, що ви самі проявлятимете ініціативу й питатимете, якщо не впевнені. Керівник не контролює вас постійно.",
                            "- <b>Пунктуальність</b>: приходьте вчасно й повідомляйте, якщо запізнюєтеся.",
                            "- <b>Спільнота</b>: обід і кавові перерви з колегами важливі. Саме тут ви знайомитеся з колегами – і практикуєте данську.",
                            "- <b>Баланс</b>: багато хто йде з роботи вчасно, щоб забрати дітей. Сімейне життя поважають.",
                            "Роботодавець не має права дискримінувати вас, наприклад, через стать, релігію, етнічне походження, вік чи інвалідність. Це стосується як пошуку роботи, так і самої роботи.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Fakta om arbejdslivet",
                        "en": "Facts about working life",
                        "ar": "حقائق عن الحياة المهنية",
                        "uk": "Факти про трудове життя",
                    },
                    "facts": {
                        "da": [
                            "Der er ingen mindsteløn ved lov – løn bliver ofte aftalt i overenskomster.",
                            "Mange fuldtidsjob er på 37 timer om ugen.",
                            "Du har ret til 5 ugers ferie om året.",
                            "AM-bidraget er 8 procent af lønnen.",
                            "For at få dagpenge skal du have været medlem af en a-kasse i mindst 12 måneder.",
                        ],
                        "en": [
                            "There is no statutory minimum wage – pay is often agreed in collective agreements.",
                            "Many full-time jobs are 37 hours a week.",
                            "You have the right to 5 weeks of holiday a year.",
                            "The labour market contribution (AM-bidrag) is 8 percent of your pay.",
                            "To get unemployment benefit, you must have been a member of an a-kasse for at least 12 months.",
                        ],
                        "ar": [
                            "لا يوجد حد أدنى للأجور بموجب القانون، فالأجور تُحدَّد غالبًا في الاتفاقيات الجماعية.",
                            "كثير من الوظائف بدوام كامل تكون 37 ساعة في الأسبوع.",
                            "يحق لك الحصول على 5 أسابيع إجازة في السنة.",
                            "إسهام سوق العمل (AM-bidrag) يساوي 8 في المئة من الراتب.",
                            "للحصول على إعانة البطالة (dagpenge) يجب أن تكون عضوًا في صندوق التأمين ضد البطالة منذ 12 شهرًا على الأقل.",
                        ],
                        "uk": [
                            "Мінімальної зарплати за законом немає – зарплату часто визначають колективні договори.",
                            "Багато робіт на повний день – це 37 годин на тиждень.",
                            "Ви маєте право на 5 тижнів відпустки на рік.",
                            "Внесок на ринок праці (AM-bidrag) становить 8 відсотків зарплати.",
                            "Щоб отримувати допомогу з безробіття (dagpenge), потрібно бути членом каси страхування від безробіття щонайменше 12 місяців.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Få hjælp og viden om dine rettigheder",
                        "en": "Get help and information about your rights",
                        "ar": "احصل على المساعدة والمعلومات عن حقوقك",
                        "uk": "Допомога та інформація про ваші права",
                    },
                    "intro": {
                        "da": "Her kan du læse om den danske model, fagforeninger og arbejdsmiljø.",
                        "en": "Here you can read about the Danish model, trade unions and the working environment.",
                        "ar": "هنا يمكنك أن تقرأ عن النموذج الدنماركي والنقابات وبيئة العمل.",
                        "uk": "Тут можна прочитати про данську модель, профспілки та умови праці.",
                    },
                    "resources": [
                        "m02-fho",
                        "m02-at-dk",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvordan var arbejdskulturen i dit hjemland? Hvad er den største forskel fra det, du har læst om Danmark?",
                        "en": "What was the working culture like in your home country? What is the biggest difference from what you have read about Denmark?",
                        "ar": "كيف كانت ثقافة العمل في بلدك الأصلي؟ وما أكبر فرق بينها وبين ما قرأته عن الدنمارك؟",
                        "uk": "Якою була культура праці у вашій країні? Яка найбільша відмінність від того, що ви прочитали про Данію?",
                    },
                    "hint": {
                        "da": "Tænk på, hvordan man taler til chefen, arbejdstider, pauser, og hvem der træffer beslutningerne.",
                        "en": "Think about how people speak to the boss, working hours, breaks, and who makes the decisions.",
                        "ar": "فكّر في طريقة الحديث مع المدير، وساعات العمل، والاستراحات، ومن يتخذ القرارات.",
                        "uk": "Подумайте, як звертаються до керівника, про робочий час, перерви і про те, хто ухвалює рішення.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test din viden",
                        "en": "Test your knowledge",
                        "ar": "اختبر معلوماتك",
                        "uk": "Перевірте свої знання",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en overenskomst?",
                                "en": "What is a collective agreement (overenskomst)?",
                                "ar": "ما هي الاتفاقية الجماعية (overenskomst)؟",
                                "uk": "Що таке колективний договір (overenskomst)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En aftale om løn og arbejdsvilkår mellem fagforeninger og arbejdsgivere",
                                        "en": "An agreement on pay and working conditions between trade unions and employers",
                                        "ar": "اتفاق على الأجور وشروط العمل بين النقابات وأصحاب العمل",
                                        "uk": "Угода про зарплату й умови праці між профспілками та роботодавцями",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En lov fra Folketinget om mindsteløn",
                                        "en": "A law from the Folketing on the minimum wage",
                                        "ar": "قانون من البرلمان عن الحد الأدنى للأجور",
                                        "uk": "Закон Фолькетингу про мінімальну зарплату",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En kontrakt om at leje en bolig",
                                        "en": "A contract for renting a home",
                                        "ar": "عقد لاستئجار مسكن",
                                        "uk": "Договір оренди житла",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Overenskomster bliver forhandlet mellem arbejdsgivernes organisationer og fagforeningerne. Der er ingen mindsteløn fastsat ved lov i Danmark.",
                                "en": "Collective agreements are negotiated between employers’ organisations and trade unions. Denmark has no minimum wage set by law.",
                                "ar": "يجري التفاوض على الاتفاقيات الجماعية بين منظمات أصحاب العمل والنقابات. ولا يوجد في الدنمارك حد أدنى للأجور يحدده القانون.",
                                "uk": "Колективні договори укладають організації роботодавців і профспілки. У Данії немає мінімальної зарплати, встановленої законом.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor mange ugers ferie har lønmodtagere ret til om året?",
                                "en": "How many weeks of holiday a year are employees entitled to?",
                                "ar": "كم أسبوع إجازة في السنة يحق للعاملين؟",
                                "uk": "Скільки тижнів відпустки на рік мають працівники?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "2 uger",
                                        "en": "2 weeks",
                                        "ar": "أسبوعان",
                                        "uk": "2 тижні",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "5 uger",
                                        "en": "5 weeks",
                                        "ar": "5 أسابيع",
                                        "uk": "5 тижнів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "10 uger",
                                        "en": "10 weeks",
                                        "ar": "10 أسابيع",
                                        "uk": "10 тижнів",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Efter ferieloven har alle lønmodtagere ret til 5 ugers ferie. Du optjener 2,08 feriedage for hver måned, du arbejder.",
                                "en": "Under the Holiday Act, all employees are entitled to 5 weeks of holiday. You earn 2.08 days of holiday for each month you work.",
                                "ar": "بموجب قانون الإجازات يحق لكل العاملين 5 أسابيع إجازة. وتكتسب 2.08 يوم إجازة عن كل شهر عمل.",
                                "uk": "Згідно із законом про відпустки всі працівники мають право на 5 тижнів відпустки. За кожен відпрацьований місяць ви заробляєте 2,08 дня відпустки.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er nettoløn?",
                                "en": "What is net pay (nettoløn)?",
                                "ar": "ما هو الراتب الصافي (nettoløn)؟",
                                "uk": "Що таке зарплата нетто (nettoløn)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Løn før skat",
                                        "en": "Pay before tax",
                                        "ar": "الراتب قبل الضرائب",
                                        "uk": "Зарплата до податків",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det beløb, du får udbetalt efter skat og andre fradrag",
                                        "en": "The amount paid out to you after tax and other deductions",
                                        "ar": "المبلغ الذي تحصل عليه بعد الضرائب والخصومات الأخرى",
                                        "uk": "Сума, яку вам виплачують після податків та інших утримань",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Din pension",
                                        "en": "Your pension",
                                        "ar": "معاشك التقاعدي",
                                        "uk": "Ваша пенсія",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Bruttoløn er lønnen før skat. Nettoløn er det, du får udbetalt på din konto.",
                                "en": "Gross pay is your pay before tax. Net pay is what is paid into your account.",
                                "ar": "الراتب الإجمالي هو الراتب قبل الضرائب، أما الراتب الصافي فهو ما يُحوَّل إلى حسابك.",
                                "uk": "Зарплата брутто – це зарплата до податків. Зарплата нетто – це те, що надходить на ваш рахунок.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du vågner syg og kan ikke gå på arbejde. Hvad gør du?",
                                "en": "You wake up ill and cannot go to work. What do you do?",
                                "ar": "استيقظت مريضًا ولا تستطيع الذهاب إلى العمل. ماذا تفعل؟",
                                "uk": "Ви прокинулися хворими й не можете піти на роботу. Що ви робите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Bliver hjemme uden at sige noget",
                                        "en": "Stay at home without telling anyone",
                                        "ar": "أبقى في البيت دون أن أُخبر أحدًا",
                                        "uk": "Залишаюся вдома й нікому не кажу",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Melder mig syg til arbejdspladsen så tidligt som muligt samme morgen",
                                        "en": "Call in sick to my workplace as early as possible that morning",
                                        "ar": "أُبلغ مكان عملي بمرضي في أبكر وقت ممكن في الصباح نفسه",
                                        "uk": "Якомога раніше того ж ранку повідомляю на роботу про хворобу",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Sender en besked efter en uge",
                                        "en": "Send a message after a week",
                                        "ar": "أرسل رسالة بعد أسبوع",
                                        "uk": "Надсилаю повідомлення через тиждень",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du skal melde dig syg så tidligt som muligt på den første sygedag og følge reglerne på din arbejdsplads.",
                                "en": "You must call in sick as early as possible on the first day of illness and follow the rules at your workplace.",
                                "ar": "يجب أن تُبلغ بمرضك في أبكر وقت ممكن في أول يوم من المرض، وأن تتبع قواعد مكان عملك.",
                                "uk": "Про хворобу треба повідомити якомога раніше в перший день і дотримуватися правил вашого робочого місця.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
