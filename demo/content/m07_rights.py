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
            "en": "Residence permit (opholdstilladelse)",
            "ar": "تصريح الإقامة (opholdstilladelse)",
            "uk": "Дозвіл на проживання (opholdstilladelse)",
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
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Grundloven og dine frihedsrettigheder",
                "en": "The Constitution and your freedoms",
                "ar": "الدستور (Grundloven) وحرياتك الأساسية",
                "uk": "Конституція (Grundloven) і ваші основні свободи",
            },
            "intro": {
                "da": "Grundloven giver alle i Danmark vigtige friheder – her lærer du hvilke, og hvor grænserne går.",
                "en": "The Constitution gives everyone in Denmark important freedoms – here you learn which ones, and where the limits are.",
                "ar": "يمنح الدستور كل من في الدنمارك حريات مهمة، وهنا تتعلّم ما هي هذه الحريات وأين تقع حدودها.",
                "uk": "Конституція дає кожному в Данії важливі свободи. Тут ви дізнаєтеся, які саме і де їхні межі.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Danmarks vigtigste lov",
                            "<b>Grundloven</b> er Danmarks forfatning. Den er den vigtigste lov. Alle andre love skal følge den. Den første grundlov blev skrevet under den 5. juni 1849. Derfor er 5. juni Grundlovsdag. Den grundlov, vi har i dag, er fra 1953.",
                            "Grundloven siger blandt andet, at magten i Danmark er delt i tre:",
                            "- <b>Folketinget</b> vedtager lovene.",
                            "- <b>Regeringen</b> sørger for, at lovene bliver ført ud i livet.",
                            "- <b>Domstolene</b> dømmer i sager. De er uafhængige.",
                            "Det kaldes <b>magtens tredeling</b>. Den skal sikre, at ingen person eller gruppe får al magten.",
                            "Det er svært at ændre Grundloven. Folketinget skal vedtage ændringen to gange. Der skal være et valg mellem de to gange. Så skal folket stemme om den ved en folkeafstemning.",
                        ],
                        "en": [
                            "## Denmark's most important law",
                            "<b>The Constitution</b> (Grundloven) is Denmark's basic law. It is the most important law, and all other laws must follow it. The first constitution was signed on 5 June 1849. That is why 5 June is Constitution Day. The constitution we have today dates from 1953.",
                            "Among other things, the Constitution says that power in Denmark is divided into three:",
                            "- <b>The Folketing</b> (Folketinget, the Danish Parliament) passes the laws.",
                            "- <b>The government</b> makes sure the laws are carried out.",
                            "- <b>The courts</b> judge cases and are independent.",
                            "This is called the <b>separation of powers</b>. It is meant to prevent one person or one group from getting all the power.",
                            "It is hard to change the Constitution. The Folketing must pass the change twice with an election in between, and then the people must vote on it in a referendum.",
                        ],
                        "ar": [
                            "## أهم قانون في الدنمارك",
                            "<b>الدستور (Grundloven)</b> هو القانون الأساسي للدنمارك. إنه أهم قانون، ويجب أن تتوافق معه كل القوانين الأخرى. وُقِّع أول دستور في 5 يونيو 1849، ولهذا يكون يوم 5 يونيو يوم الدستور (Grundlovsdag). أما الدستور الحالي فيعود إلى عام 1953.",
                            "يقول الدستور، من بين أمور أخرى، إن السلطة في الدنمارك مقسّمة إلى ثلاثة أجزاء:",
                            "- <b>البرلمان (Folketinget)</b> يُقرّ القوانين.",
                            "- <b>الحكومة</b> تحرص على تطبيق القوانين.",
                            "- <b>المحاكم</b> تحكم في القضايا، وهي مستقلة.",
                            "يُسمّى ذلك <b>الفصل بين السلطات</b>. والهدف منه أن يمنع حصول شخص واحد أو مجموعة واحدة على كل السلطة.",
                            "تغيير الدستور صعب. يجب أن يُقرّ البرلمان التعديل مرتين، وأن تُجرى انتخابات بين المرّتين. بعد ذلك يصوّت الشعب على التعديل في استفتاء عام.",
                        ],
                        "uk": [
                            "## Найважливіший закон Данії",
                            "<b>Конституція (Grundloven)</b> — це основний закон Данії. Це найважливіший закон, і всі інші закони мають йому відповідати. Першу конституцію підписали 5 червня 1849 року. Тому 5 червня — День Конституції (Grundlovsdag). Чинна конституція діє з 1953 року.",
                            "Серед іншого, Конституція каже, що влада в Данії поділена на три частини:",
                            "- <b>Фолькетинг (Folketinget)</b>, тобто парламент, ухвалює закони.",
                            "- <b>Уряд</b> дбає про те, щоб закони виконувалися.",
                            "- <b>Суди</b> розглядають справи й ухвалюють рішення. Вони незалежні.",
                            "Це називають <b>поділом влади</b>. Він має не допустити, щоб одна людина чи одна група отримала всю владу.",
                            "Змінити Конституцію складно. Фолькетинг має ухвалити зміну двічі, а між цими голосуваннями мають відбутися вибори. Після цього народ голосує щодо зміни на референдумі.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "grundloven"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dine frihedsrettigheder",
                            "Grundloven beskytter nogle basale friheder. De fleste af dem gælder for alle, der bor i Danmark. De gælder ikke kun for danske statsborgere.",
                            "- <b>Ytringsfrihed</b>: Du må sige, skrive og mene det, du vil. Det gælder også kritik af regeringen, politikere og religioner. Staten må ikke indføre censur.",
                            "- <b>Religionsfrihed</b>: Du må selv vælge din tro. Du må også skifte religion eller vælge slet ingen religion.",
                            "- <b>Forsamlingsfrihed</b>: Du må mødes med andre og demonstrere. Det skal ske fredeligt og uden våben.",
                            "- <b>Foreningsfrihed</b>: Du må starte foreninger og være med i dem. Det kan fx være en fagforening, et politisk parti eller en sportsklub.",
                            "- <b>Personlig frihed</b>: Ingen må sættes i fængsel uden en lovlig grund. Hvis du bliver anholdt og ikke sat fri, skal du for en dommer inden for 24 timer.",
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
                        "ar": [
                            "## حرياتك الأساسية",
                            "يحمي الدستور بعض الحريات الأساسية. ومعظمها يسري على كل من يعيش في الدنمارك، وليس على المواطنين الدنماركيين فقط.",
                            "- <b>حرية التعبير</b>: يحق لك أن تقول وتكتب وتعتقد ما تريد، بما في ذلك انتقاد الحكومة والسياسيين والأديان. ولا يجوز للدولة أن تفرض الرقابة على الكلام أو النشر.",
                            "- <b>حرية الدين</b>: تختار دينك بنفسك. ويحق لك أيضاً أن تغيّر دينك أو أن تختار ألا يكون لك دين.",
                            "- <b>حرية التجمّع</b>: يحق لك أن تجتمع مع الآخرين وأن تتظاهر، بشكل سلمي ومن دون سلاح.",
                            "- <b>حرية تكوين الجمعيات</b>: يحق لك أن تؤسّس جمعيات وأن تنضم إليها، مثل النقابة (fagforening) أو حزب سياسي أو نادٍ رياضي.",
                            "- <b>الحرية الشخصية</b>: لا يجوز أن يُسجن أحد من دون سبب قانوني. إذا قُبض عليك ولم يُطلق سراحك، فيجب أن تُعرض على قاضٍ خلال 24 ساعة.",
                        ],
                        "uk": [
                            "## Ваші основні свободи",
                            "Конституція захищає деякі основні свободи. Більшість із них стосуються всіх, хто живе в Данії, — не лише громадян Данії.",
                            "- <b>Свобода слова</b>: ви можете говорити, писати й думати те, що хочете, — зокрема критикувати уряд, політиків і релігії. Держава не має права запроваджувати цензуру.",
                            "- <b>Свобода віросповідання</b>: ви самі обираєте свою віру. Ви також можете змінити релігію або вирішити не мати жодної релігії.",
                            "- <b>Свобода зібрань</b>: ви можете збиратися з іншими людьми й демонструвати — мирно і без зброї.",
                            "- <b>Свобода об'єднань</b>: ви можете створювати об'єднання і вступати до них, наприклад до профспілки (fagforening), політичної партії чи спортивного клубу.",
                            "- <b>Особиста свобода</b>: нікого не можна ув'язнити без законної підстави. Якщо вас затримали й не відпустили, вас мають доставити до судді протягом 24 годин.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Frihed har grænser",
                            "Friheden gælder for alle. Derfor må din frihed ikke skade andres frihed og sikkerhed. Det er fx ulovligt at:",
                            "- true andre med vold",
                            "- offentligt true, håne eller nedværdige en gruppe mennesker på grund af fx hudfarve, etnisk oprindelse, religion eller seksuel orientering",
                            "- sprede krænkende løgne om en anden person",
                            "- opfordre til vold eller terror",
                            "I Danmark må man kritisere ideer, religioner og politikere. Man må også gøre grin med dem. Det kan føles hårdt, hvis man selv holder af det. Men det er en del af ytringsfriheden. Man må svare igen med ord. Man kan fx skrive et indlæg i en avis eller på de sociale medier. Vold og trusler er aldrig et lovligt svar.",
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
                        "ar": [
                            "## للحرية حدود",
                            "الحرية للجميع، ولذلك لا يجوز أن تضرّ حريتك بحرية الآخرين وأمنهم. فمن المخالف للقانون مثلاً:",
                            "- تهديد الآخرين بالعنف",
                            "- تهديد مجموعة من الناس أو السخرية منها أو الحطّ من قدرها علناً بسبب لون البشرة أو الأصل العرقي أو الدين أو التوجّه الجنسي مثلاً",
                            "- نشر أكاذيب مسيئة عن شخص آخر",
                            "- التحريض على العنف أو الإرهاب",
                            "في الدنمارك يجوز انتقاد الأفكار والأديان والسياسيين والسخرية منها. وقد يكون ذلك مؤلماً إذا كان الأمر شيئاً عزيزاً عليك. لكنه جزء من حرية التعبير. ويجوز لك أن تردّ بالكلمات، مثلاً بكتابة مقال رأي في جريدة أو منشور على وسائل التواصل الاجتماعي. أما العنف والتهديد فليسا أبداً ردّاً قانونياً.",
                        ],
                        "uk": [
                            "## Свобода має межі",
                            "Свобода — для всіх. Тому ваша свобода не повинна шкодити свободі й безпеці інших людей. Наприклад, незаконно:",
                            "- погрожувати іншим насильством",
                            "- публічно погрожувати групі людей, висміювати чи принижувати її через, наприклад, колір шкіри, етнічне походження, релігію чи сексуальну орієнтацію",
                            "- поширювати образливу неправду про іншу людину",
                            "- закликати до насильства чи тероризму",
                            "У Данії можна критикувати ідеї, релігії й політиків і жартувати з них. Це може бути боляче, якщо йдеться про те, що вам дороге. Але це частина свободи слова. Ви можете відповісти словами — наприклад, написати статтю в газету чи допис у соцмережах. Насильство й погрози ніколи не є законною відповіддю.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Menneskerettigheder",
                            "Danmark har også skrevet under på aftaler med andre lande om menneskerettigheder. En af dem er Den Europæiske Menneskerettighedskonvention. Den gælder som lov i Danmark. En anden er FN's Børnekonvention.",
                            "<b>Institut for Menneskerettigheder</b> er Danmarks nationale institution for menneskerettigheder. Det holder øje med, om rettighederne bliver overholdt i Danmark. Det giver også folk viden om dem.",
                        ],
                        "en": [
                            "## Human rights",
                            "Denmark has also signed international agreements on human rights, for example the European Convention on Human Rights and the UN Convention on the Rights of the Child. The European Convention on Human Rights applies as law in Denmark.",
                            "<b>The Danish Institute for Human Rights</b> is Denmark's national human rights institution. The institute monitors whether rights are respected in Denmark and gives people information about them.",
                        ],
                        "ar": [
                            "## حقوق الإنسان",
                            "وقّعت الدنمارك أيضاً على اتفاقيات دولية لحقوق الإنسان، مثل الاتفاقية الأوروبية لحقوق الإنسان واتفاقية الأمم المتحدة لحقوق الطفل. والاتفاقية الأوروبية لحقوق الإنسان سارية في الدنمارك بوصفها قانوناً.",
                            "<b>المعهد الدنماركي لحقوق الإنسان (Institut for Menneskerettigheder)</b> هو المؤسسة الوطنية لحقوق الإنسان في الدنمارك. يراقب المعهد مدى احترام الحقوق في الدنمارك، ويقدّم للناس معلومات عنها.",
                        ],
                        "uk": [
                            "## Права людини",
                            "Данія також підписала міжнародні угоди про права людини, наприклад Європейську конвенцію з прав людини та Конвенцію ООН про права дитини. Європейська конвенція з прав людини діє в Данії як закон.",
                            "<b>Данський інститут прав людини (Institut for Menneskerettigheder)</b> — національна правозахисна установа Данії. Інститут стежить, чи дотримуються прав людини в Данії, та інформує про них людей.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Grundloven kort",
                        "en": "The Constitution in brief",
                        "ar": "الدستور باختصار",
                        "uk": "Конституція коротко",
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
                            "Power is divided into three: the Folketing, the government and the courts.",
                            "Freedom of speech, religion, assembly and association are protected.",
                            "Freedom has limits: threats, encouraging violence and publicly mocking groups are illegal.",
                            "The answer to words is words – never violence.",
                        ],
                        "ar": [
                            "يعود أول دستور إلى 5 يونيو 1849، والدستور الحالي إلى عام 1953.",
                            "السلطة مقسّمة إلى ثلاثة: البرلمان والحكومة والمحاكم.",
                            "حرية التعبير وحرية الدين وحرية التجمّع وحرية تكوين الجمعيات كلها محميّة.",
                            "للحرية حدود: التهديد والتحريض على العنف والسخرية العلنية من مجموعات من الناس أمور مخالفة للقانون.",
                            "الرد على الكلمات يكون بالكلمات، وليس بالعنف أبداً.",
                        ],
                        "uk": [
                            "Перша конституція — від 5 червня 1849 року. Чинна — від 1953 року.",
                            "Влада поділена на три частини: Фолькетинг, уряд і суди.",
                            "Свобода слова, віросповідання, зібрань і об'єднань захищені.",
                            "Свобода має межі: погрози, заклики до насильства й публічне висміювання груп людей незаконні.",
                            "На слова відповідають словами — ніколи насильством.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Læs mere om dine rettigheder",
                        "en": "Read more about your rights",
                        "ar": "اقرأ المزيد عن حقوقك",
                        "uk": "Дізнайтеся більше про свої права",
                    },
                    "intro": {
                        "da": "Institut for Menneskerettigheder forklarer dine rettigheder og kan give dig gratis råd, hvis du oplever forskelsbehandling.",
                        "en": "The Danish Institute for Human Rights explains your rights and can give you free advice if you experience discrimination.",
                        "ar": "يشرح المعهد الدنماركي لحقوق الإنسان حقوقك، ويمكنه أن يقدّم لك نصيحة مجانية إذا تعرّضت للتمييز.",
                        "uk": "Данський інститут прав людини пояснює ваші права й може безкоштовно порадити вам, якщо ви зіткнулися з дискримінацією.",
                    },
                    "resources": ["menneskeret"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilken af frihedsrettighederne betyder mest for dig, og hvorfor?",
                        "en": "Which of the freedoms matters most to you, and why?",
                        "ar": "أيّ هذه الحريات هي الأهم بالنسبة إليك، ولماذا؟",
                        "uk": "Яка з цих свобод найважливіша для вас і чому?",
                    },
                    "hint": {
                        "da": "Tænk på dit liv, før du kom til Danmark, og på, hvad du gerne vil kunne sige, tro og gøre her.",
                        "en": "Think about your life before you came to Denmark and about what you want to be able to say, believe and do here.",
                        "ar": "فكّر في حياتك قبل أن تأتي إلى الدنمارك، وفي ما تريد أن تستطيع قوله والإيمان به وفعله هنا.",
                        "uk": "Подумайте про своє життя до приїзду в Данію і про те, що ви хотіли б мати змогу говорити, у що вірити й що робити тут.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: Grundloven",
                        "en": "Test yourself: the Constitution",
                        "ar": "اختبر نفسك: الدستور",
                        "uk": "Перевірте себе: Конституція",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvornår fik Danmark sin første grundlov?",
                                "en": "When did Denmark get its first constitution?",
                                "ar": "متى حصلت الدنمارك على أول دستور لها؟",
                                "uk": "Коли Данія отримала свою першу конституцію?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "5. juni 1849",
                                        "en": "5 June 1849",
                                        "ar": "5 يونيو 1849",
                                        "uk": "5 червня 1849 року",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "9. april 1940",
                                        "en": "9 April 1940",
                                        "ar": "9 أبريل 1940",
                                        "uk": "9 квітня 1940 року",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "1. januar 1973",
                                        "en": "1 January 1973",
                                        "ar": "1 يناير 1973",
                                        "uk": "1 січня 1973 року",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Den første grundlov blev underskrevet den 5. juni 1849. Derfor er 5. juni Grundlovsdag.",
                                "en": "The first constitution was signed on 5 June 1849. That is why 5 June is Constitution Day.",
                                "ar": "وُقِّع أول دستور في 5 يونيو 1849، ولهذا يكون يوم 5 يونيو يوم الدستور.",
                                "uk": "Першу конституцію підписали 5 червня 1849 року. Тому 5 червня — День Конституції.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder religionsfrihed?",
                                "en": "What does freedom of religion mean?",
                                "ar": "ماذا تعني حرية الدين؟",
                                "uk": "Що означає свобода віросповідання?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Du må selv vælge din tro – eller ingen tro.",
                                        "en": "You choose your own faith – or no faith.",
                                        "ar": "تختار دينك بنفسك، أو تختار ألا يكون لك دين.",
                                        "uk": "Ви самі обираєте свою віру — або не обираєте жодної.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Alle skal være medlem af folkekirken.",
                                        "en": "Everyone must be a member of the Church of Denmark.",
                                        "ar": "يجب على الجميع أن يكونوا أعضاء في الكنيسة الوطنية الدنماركية (Folkekirken).",
                                        "uk": "Усі мають бути членами Церкви Данії (Folkekirken).",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det er forbudt at skifte religion.",
                                        "en": "It is forbidden to change religion.",
                                        "ar": "تغيير الدين ممنوع.",
                                        "uk": "Змінювати релігію заборонено.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I Danmark bestemmer du selv, hvad du tror på. Du må også skifte religion eller ikke have nogen.",
                                "en": "In Denmark you decide for yourself what you believe. You may also change religion or have none.",
                                "ar": "في الدنمارك تقرّر بنفسك بماذا تؤمن. ويحق لك أيضاً أن تغيّر دينك أو ألا يكون لك دين.",
                                "uk": "У Данії ви самі вирішуєте, у що вірити. Ви також можете змінити релігію або не мати жодної.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem dømmer i sager i Danmark?",
                                "en": "Who judges cases in Denmark?",
                                "ar": "من يحكم في القضايا في الدنمارك؟",
                                "uk": "Хто ухвалює рішення в судових справах у Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Domstolene, som er uafhængige.",
                                        "en": "The courts, which are independent.",
                                        "ar": "المحاكم، وهي مستقلة.",
                                        "uk": "Суди, які є незалежними.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Regeringen.",
                                        "en": "The government.",
                                        "ar": "الحكومة.",
                                        "uk": "Уряд.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Politiet.",
                                        "en": "The police.",
                                        "ar": "الشرطة.",
                                        "uk": "Поліція.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Magten er delt i tre. Domstolene dømmer, og hverken regeringen eller politiet må bestemme over dem.",
                                "en": "Power is divided into three. The courts judge, and neither the government nor the police may control them.",
                                "ar": "السلطة مقسّمة إلى ثلاثة. المحاكم هي التي تحكم، ولا يجوز للحكومة ولا للشرطة أن تتحكّم فيها.",
                                "uk": "Влада поділена на три частини. Судять суди, і ні уряд, ні поліція не можуть ними керувати.",
                            },
                        },
                        {
                            "question": {
                                "da": "Nogen gør grin med din religion i en avis. Hvad er et lovligt svar?",
                                "en": "Someone makes fun of your religion in a newspaper. What is a lawful response?",
                                "ar": "سخر شخص من دينك في جريدة. ما هو الرد القانوني؟",
                                "uk": "Хтось висміяв вашу релігію в газеті. Яка відповідь є законною?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At svare igen med ord, fx i et indlæg i avisen.",
                                        "en": "Answering back with words, for example in a piece in the newspaper.",
                                        "ar": "أن تردّ بالكلمات، مثلاً بمقال رأي في الجريدة.",
                                        "uk": "Відповісти словами, наприклад статтею в цій газеті.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At true den, der har skrevet det.",
                                        "en": "Threatening the person who wrote it.",
                                        "ar": "أن تهدّد الشخص الذي كتب ذلك.",
                                        "uk": "Погрожувати людині, яка це написала.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At ødelægge avisens kontor.",
                                        "en": "Damaging the newspaper's office.",
                                        "ar": "أن تخرّب مكتب الجريدة.",
                                        "uk": "Пошкодити редакцію газети.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kritik og satire er en del af ytringsfriheden. Du må svare med ord, men trusler og vold er ulovlige.",
                                "en": "Criticism and satire are part of freedom of speech. You may answer with words, but threats and violence are illegal.",
                                "ar": "النقد والسخرية جزء من حرية التعبير. يجوز لك أن تردّ بالكلمات، لكن التهديد والعنف مخالفان للقانون.",
                                "uk": "Критика й сатира — частина свободи слова. Ви можете відповісти словами, але погрози й насильство незаконні.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "equality-and-freedom-from-violence",
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Ligestilling, forbud mod vold og LGBT+ rettigheder",
                "en": "Equality, the ban on violence and LGBT+ rights",
                "ar": "المساواة وحظر العنف وحقوق LGBT+",
                "uk": "Рівність, заборона насильства і права ЛГБТ+ людей",
            },
            "intro": {
                "da": "Kvinder og mænd har samme rettigheder, vold er forbudt – også mod børn – og alle må elske, hvem de vil.",
                "en": "Women and men have the same rights, violence is forbidden – including against children – and everyone may love whom they want.",
                "ar": "للنساء والرجال الحقوق نفسها، والعنف ممنوع، بما في ذلك العنف ضد الأطفال، ويحق لكل شخص أن يحب من يريد.",
                "uk": "Жінки й чоловіки мають однакові права, насильство заборонене — зокрема щодо дітей, — і кожен може кохати, кого хоче.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Kvinder og mænd har samme rettigheder",
                            "I Danmark har kvinder og mænd de samme rettigheder og pligter. Det kaldes <b>ligestilling</b>. Kvinder fik stemmeret til Folketinget i 1915. I dag har de fleste kvinder og mænd et job uden for hjemmet. Mange par deler opgaverne hjemme. Det kan fx være at lave mad, gøre rent og hente børnene.",
                            "Ligestilling betyder blandt andet, at:",
                            "- kvinder og mænd skal have samme løn for det samme arbejde",
                            "- man ikke må behandle nogen dårligere på jobbet på grund af køn eller graviditet",
                            "- både kvinder og mænd selv må vælge uddannelse, job, venner og partner",
                            "- begge forældre har ansvar for deres børn. Det gælder også efter en skilsmisse",
                        ],
                        "en": [
                            "## Women and men have the same rights",
                            "In Denmark, women and men have the same rights and duties. This is called <b>ligestilling</b> (equality). Women got the right to vote for the Folketing in 1915. Today most women and men work outside the home, and many couples share the tasks at home, for example cooking, cleaning and picking up the children.",
                            "Among other things, equality means that:",
                            "- women and men must get equal pay for the same work",
                            "- it is forbidden to treat a person worse at work because of their gender or pregnancy",
                            "- both women and men choose their own education, job, friends and partner",
                            "- both parents are responsible for their children – also after a divorce",
                        ],
                        "ar": [
                            "## للنساء والرجال الحقوق نفسها",
                            "في الدنمارك للنساء والرجال الحقوق والواجبات نفسها. ويُسمّى ذلك <b>المساواة بين الجنسين (ligestilling)</b>. حصلت النساء على حق التصويت في انتخابات البرلمان (Folketinget) عام 1915. واليوم يعمل معظم النساء والرجال خارج البيت، ويتقاسم كثير من الأزواج أعمال البيت، مثل الطبخ والتنظيف وإحضار الأطفال من الروضة أو المدرسة.",
                            "المساواة تعني، من بين أمور أخرى، أن:",
                            "- تحصل النساء والرجال على الأجر نفسه مقابل العمل نفسه",
                            "- من الممنوع معاملة أي شخص معاملة أسوأ في العمل بسبب جنسه أو بسبب الحمل",
                            "- يختار كلٌّ من النساء والرجال بنفسه تعليمه وعمله وأصدقاءه وشريك حياته",
                            "- يتحمّل الوالدان كلاهما المسؤولية عن أطفالهما، حتى بعد الطلاق",
                        ],
                        "uk": [
                            "## Жінки й чоловіки мають однакові права",
                            "У Данії жінки й чоловіки мають однакові права та обов'язки. Це називають <b>рівністю статей (ligestilling)</b>. Жінки отримали право голосувати на виборах до Фолькетингу (Folketinget) у 1915 році. Сьогодні більшість жінок і чоловіків працюють поза домом, і багато пар ділять між собою хатні справи: готування, прибирання, забирання дітей із садочка чи школи.",
                            "Серед іншого, рівність означає, що:",
                            "- жінки й чоловіки мають отримувати однакову оплату за однакову роботу",
                            "- заборонено гірше ставитися до людини на роботі через її стать чи вагітність",
                            "- і жінки, і чоловіки самі обирають освіту, роботу, друзів і партнера",
                            "- обоє батьків відповідають за своїх дітей — також після розлучення",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m07-ligestilling"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Ægteskab og sex skal være frivilligt",
                            "Man skal være 18 år for at blive gift i Danmark. Begge skal selv ville giftes. Det er en forbrydelse at tvinge nogen til at gifte sig. Både kvinden og manden kan bede om skilsmisse.",
                            "Sex skal altid være frivilligt. Siden 2021 siger loven, at sex uden samtykke er voldtægt. Det gælder også i et ægteskab.",
                            "Det er også strafbart at kontrollere eller nedgøre sin partner igen og igen og på en grov måde. Det gælder også over for en tidligere partner eller en anden i familien. Det kan fx være at bestemme, hvem de må se, at tage deres telefon eller penge eller at true dem. Det kaldes <b>psykisk vold</b>. Det har været strafbart siden 2019.",
                        ],
                        "en": [
                            "## Marriage and sex must be voluntary",
                            "You must be 18 to get married in Denmark, and both people must want to marry. It is a crime to force someone to marry. Both the woman and the man can ask for a divorce.",
                            "Sex must always be voluntary. Since 2021 the law has said that sex without consent is rape. This also applies within marriage.",
                            "It is also a crime to control or belittle your partner, a former partner or another family member repeatedly and in a serious way, for example by deciding whom they may see, taking their phone or money, or threatening them. This is called <b>psychological violence</b>, and it has been a crime since 2019.",
                        ],
                        "ar": [
                            "## الزواج والجنس يجب أن يكونا بإرادة حرّة",
                            "يجب أن يكون عمرك 18 سنة لكي تتزوّج في الدنمارك، ويجب أن يريد الطرفان الزواج بنفسيهما. إجبار شخص على الزواج جريمة. ويحق للمرأة وللرجل كليهما طلب الطلاق.",
                            "يجب أن يكون الجنس دائماً بإرادة حرّة. ومنذ عام 2021 ينص القانون على أن الجنس من دون موافقة اغتصاب. وهذا ينطبق أيضاً داخل الزواج.",
                            "ومن الجرائم أيضاً أن تتحكّم بشريك حياتك أو بشريكك السابق أو بفرد آخر من العائلة، أو أن تحطّ من قدره، مرة بعد مرة وبشكل خطير، مثلاً بأن تقرّر من يجوز له أن يرى، أو تأخذ هاتفه أو ماله، أو تهدّده. ويُسمّى ذلك <b>العنف النفسي</b>، وهو جريمة منذ عام 2019.",
                        ],
                        "uk": [
                            "## Шлюб і секс мають бути добровільними",
                            "Щоб одружитися в Данії, треба мати 18 років, і обоє мають самі хотіти цього шлюбу. Змушувати когось одружитися — злочин. І жінка, і чоловік можуть подати на розлучення.",
                            "Секс завжди має бути добровільним. З 2021 року закон визначає секс без згоди як зґвалтування. Це стосується і шлюбу.",
                            "Також злочином є знову й знову і в грубій формі контролювати чи принижувати свого партнера, колишнього партнера чи іншого члена родини, наприклад вирішувати, з ким вони можуть бачитися, забирати в них телефон чи гроші або погрожувати їм. Це називають <b>психологічним насильством</b>, і воно є злочином з 2019 року.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Vold er forbudt – også mod børn",
                            "Al vold er forbudt i Danmark. Det gælder på gaden, på jobbet og hjemme. Det gælder mellem voksne og over for børn.",
                            "Forældre må ikke slå deres børn. Det gælder også et lille slag for at opdrage dem. Det har været forbudt siden 1997. Børn skal opdrages med ord, regler og tålmodighed. Man må ikke bruge slag, trusler eller ydmygelse.",
                            "Lærere, pædagoger, læger og andre, der arbejder med børn, har en pligt: De skal sige det til kommunen, hvis de er bekymrede for et barn. Målet er at hjælpe barnet og familien.",
                            "Omskæring af piger er også forbudt og straffes. Det gælder også, hvis det sker i et andet land.",
                        ],
                        "en": [
                            "## Violence is forbidden – including against children",
                            "All violence is forbidden in Denmark. This applies in the street, at work and at home – between adults and towards children.",
                            "Parents must not hit their children, not even a small smack to discipline them. This has been forbidden since 1997. Children must be brought up with words, rules and patience – not with hitting, threats or humiliation.",
                            "Teachers, childcare workers, doctors and others who work with children have a duty to tell the municipality if they are worried about a child. The aim is to help the child and the family.",
                            "Female genital cutting is also forbidden and punished – even if it happens in another country.",
                        ],
                        "ar": [
                            "## العنف ممنوع – بما في ذلك ضد الأطفال",
                            "كل أشكال العنف ممنوعة في الدنمارك. وهذا يسري في الشارع وفي العمل وفي البيت، بين البالغين وتجاه الأطفال.",
                            "لا يجوز للوالدين ضرب أطفالهم، ولا حتى ضربة خفيفة بهدف التربية. وهذا ممنوع منذ عام 1997. يجب أن يُربّى الأطفال بالكلام والقواعد والصبر، لا بالضرب أو التهديد أو الإذلال.",
                            "على المعلمين والعاملين في رعاية الأطفال (pædagoger) والأطباء وغيرهم ممن يعملون مع الأطفال واجبُ إبلاغ البلدية (kommune) إذا كانوا قلقين على طفل. والهدف هو مساعدة الطفل والأسرة.",
                            "ختان الإناث ممنوع أيضاً ويُعاقب عليه، حتى لو حدث في بلد آخر.",
                        ],
                        "uk": [
                            "## Насильство заборонене — зокрема щодо дітей",
                            "Будь-яке насильство в Данії заборонене. Це стосується вулиці, роботи й дому — як між дорослими, так і щодо дітей.",
                            "Батькам не можна бити своїх дітей — навіть легкий ляпас із виховною метою. Це заборонено з 1997 року. Дітей треба виховувати словами, правилами й терпінням, а не ударами, погрозами чи приниженням.",
                            "Учителі, вихователі (pædagoger), лікарі та інші, хто працює з дітьми, зобов'язані повідомити комуну (kommune), якщо їх турбує становище дитини. Мета — допомогти дитині та родині.",
                            "Обрізання дівчат також заборонене й карається — навіть якщо це зроблено в іншій країні.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hjælp, hvis du eller andre er udsat for vold",
                            "Er der fare lige nu, så ring <b>112</b>. Ellers kan du ringe til politiet på <b>114</b>.",
                            "<b>Lev Uden Vold</b> har en national hotline på <b>1888</b>. Den er gratis, anonym og åben døgnet rundt. Den er for alle, der oplever vold i en nær relation. Den er også for pårørende, der er bekymrede. Rådgiverne kan fx hjælpe med at finde en plads på et krisecenter.",
                            "At søge hjælp er ikke at forråde sin familie. Det er din ret at leve uden vold.",
                        ],
                        "en": [
                            "## Help if you or others are exposed to violence",
                            "If there is danger right now, call <b>112</b>. Otherwise you can call the police on <b>114</b>.",
                            "<b>Lev Uden Vold</b> (Live Without Violence) has a national hotline on <b>1888</b>. It is free, anonymous and open around the clock for everyone who experiences violence in a close relationship – and for worried relatives. The advisers can, for example, help you find a place at a crisis centre.",
                            "Seeking help is not betraying your family. It is your right to live without violence.",
                        ],
                        "ar": [
                            "## المساعدة إذا تعرّضت أنت أو غيرك للعنف",
                            "إذا كان هناك خطر الآن، فاتصل بالرقم <b>112</b>. وإلا يمكنك الاتصال بالشرطة على الرقم <b>114</b>.",
                            "لدى <b>Lev Uden Vold</b> (عِش بلا عنف) خط ساخن وطني على الرقم <b>1888</b>. الاتصال مجاني ومن دون ذكر الاسم، والخط مفتوح على مدار الساعة لكل من يتعرّض للعنف في علاقة قريبة، وكذلك للأقارب القلقين. ويمكن للمستشارين مثلاً أن يساعدوا في إيجاد مكان في مركز الإيواء في الأزمات (krisecenter).",
                            "طلب المساعدة ليس خيانة لعائلتك. من حقك أن تعيش بلا عنف.",
                        ],
                        "uk": [
                            "## Допомога, якщо ви чи інші зазнаєте насильства",
                            "Якщо небезпека є просто зараз, телефонуйте <b>112</b>. В інших випадках можна зателефонувати в поліцію за номером <b>114</b>.",
                            "<b>Lev Uden Vold</b> («Життя без насильства») має національну гарячу лінію <b>1888</b>. Вона безкоштовна, анонімна й працює цілодобово для всіх, хто зазнає насильства в близьких стосунках, — а також для стурбованих рідних. Консультанти можуть, наприклад, допомогти знайти місце в кризовому центрі (krisecenter).",
                            "Звернутися по допомогу — не означає зрадити свою родину. Ви маєте право жити без насильства.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## LGBT+: Du må elske, hvem du vil",
                            "LGBT+ står for lesbiske, bøsser, biseksuelle, transpersoner og andre. I Danmark er det lovligt at være LGBT+. Det er fx forbudt at forskelsbehandle nogen på arbejdsmarkedet på grund af deres seksuelle orientering.",
                            "Danmark var i 1989 det første land i verden, hvor to af samme køn kunne indgå <b>registreret partnerskab</b>. Siden 2012 har to kvinder eller to mænd kunnet gifte sig. Det gælder både på rådhuset og i folkekirken.",
                            "Du behøver ikke bryde dig om alle måder at leve på. Men i Danmark skal du respektere andre voksnes valg. De bestemmer selv, hvem de elsker, og hvordan de lever.",
                        ],
                        "en": [
                            "## LGBT+: You may love whom you want",
                            "LGBT+ stands for lesbian, gay, bisexual, transgender and others. In Denmark it is legal to be LGBT+. For example, it is forbidden to discriminate against anyone in the labour market because of their sexual orientation.",
                            "In 1989 Denmark was the first country in the world where two people of the same sex could enter a <b>registered partnership</b>. Since 2012 two women or two men have been able to marry – both at the town hall and in the Church of Denmark.",
                            "You do not have to like every way of living. But in Denmark you must respect that other adults decide for themselves whom they love and how they live.",
                        ],
                        "ar": [
                            "## LGBT+: يحق لك أن تحب من تريد",
                            "يرمز LGBT+ إلى المثليات والمثليين ومزدوجي الميل الجنسي والعابرين جنسياً وغيرهم. في الدنمارك، كون الشخص من LGBT+ أمر قانوني. فمثلاً يُمنع التمييز ضد أي شخص في سوق العمل بسبب توجّهه الجنسي.",
                            "في عام 1989 كانت الدنمارك أول بلد في العالم يستطيع فيه شخصان من الجنس نفسه عقد <b>شراكة مسجّلة (registreret partnerskab)</b>. ومنذ عام 2012 يحق لامرأتين أو لرجلين أن يتزوّجا، في دار البلدية وفي الكنيسة الوطنية الدنماركية (Folkekirken) أيضاً.",
                            "لستَ مضطراً إلى أن تحب كل طرق العيش. لكن في الدنمارك يجب أن تحترم أن البالغين الآخرين يقرّرون بأنفسهم من يحبّون وكيف يعيشون.",
                        ],
                        "uk": [
                            "## ЛГБТ+: ви можете кохати, кого хочете",
                            "ЛГБТ+ означає лесбійок, геїв, бісексуальних людей, трансгендерних людей та інших. У Данії бути ЛГБТ+ законно. Наприклад, заборонено дискримінувати когось на ринку праці через сексуальну орієнтацію.",
                            "У 1989 році Данія стала першою країною у світі, де двоє людей однієї статі могли укласти <b>зареєстроване партнерство (registreret partnerskab)</b>. З 2012 року дві жінки або двоє чоловіків можуть одружитися — і в ратуші, і в Церкві Данії (Folkekirken).",
                            "Вам не мусять подобатися всі способи життя. Але в Данії ви маєте поважати те, що інші дорослі самі вирішують, кого кохати і як жити.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Husk",
                        "en": "Remember",
                        "ar": "تذكّر",
                        "uk": "Пам'ятайте",
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
                        "ar": [
                            "للنساء والرجال الحقوق نفسها، وقد حصلت النساء على حق التصويت عام 1915.",
                            "يجب أن يكون عمرك 18 سنة لكي تتزوّج، ويجب أن يكون الزواج بإرادة حرّة.",
                            "ضرب الأطفال ممنوع، حتى بهدف التربية.",
                            "الجنس من دون موافقة اغتصاب، حتى داخل الزواج.",
                            "يحق لشخصين من الجنس نفسه أن يتزوّجا منذ عام 2012.",
                            "اتصل بالرقم 112 عند الخطر، وبالرقم 1888 للحصول على نصيحة بشأن العنف.",
                        ],
                        "uk": [
                            "Жінки й чоловіки мають однакові права — жінки отримали право голосу в 1915 році.",
                            "Одружитися можна з 18 років, і шлюб має бути добровільним.",
                            "Бити дітей заборонено — навіть із виховною метою.",
                            "Секс без згоди — це зґвалтування, навіть у шлюбі.",
                            "Двоє людей однієї статі можуть одружитися — з 2012 року.",
                            "Телефонуйте 112 у разі небезпеки та 1888, щоб отримати пораду щодо насильства.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du få hjælp",
                        "en": "Where to get help",
                        "ar": "هنا يمكنك الحصول على المساعدة",
                        "uk": "Де можна отримати допомогу",
                    },
                    "intro": {
                        "da": "Du kan få hjælp og rådgivning – også anonymt. Du behøver ikke tale godt dansk for at ringe.",
                        "en": "You can get help and advice – also anonymously. You do not need to speak good Danish to call.",
                        "ar": "يمكنك الحصول على المساعدة والنصيحة، ومن دون ذكر اسمك أيضاً. ولا تحتاج إلى أن تتكلم الدنماركية جيداً لكي تتصل.",
                        "uk": "Ви можете отримати допомогу й пораду — також анонімно. Щоб зателефонувати, не обов'язково добре говорити данською.",
                    },
                    "resources": ["lev-uden-vold", "politi"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilke forskelle ser du mellem ligestilling i Danmark og i det land, du kommer fra? Hvad synes du om dem?",
                        "en": "What differences do you see between equality in Denmark and in the country you come from? What do you think about them?",
                        "ar": "ما الفروق التي تراها بين المساواة في الدنمارك وفي البلد الذي جئت منه؟ وما رأيك فيها؟",
                        "uk": "Які відмінності ви бачите між рівністю в Данії та в країні, з якої ви приїхали? Що ви про них думаєте?",
                    },
                    "hint": {
                        "da": "Tænk på arbejde, opgaverne i hjemmet, børneopdragelse, og hvem der bestemmer over pengene.",
                        "en": "Think about work, tasks at home, bringing up children, and who decides about money.",
                        "ar": "فكّر في العمل، وفي أعمال البيت، وفي تربية الأطفال، وفي من يقرّر في أمور المال.",
                        "uk": "Подумайте про роботу, хатні справи, виховання дітей і про те, хто вирішує, що робити з грошима.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: ligestilling og vold",
                        "en": "Test yourself: equality and violence",
                        "ar": "اختبر نفسك: المساواة والعنف",
                        "uk": "Перевірте себе: рівність і насильство",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Må forældre i Danmark slå deres barn for at opdrage det?",
                                "en": "May parents in Denmark hit their child to discipline it?",
                                "ar": "هل يجوز للوالدين في الدنمارك أن يضربوا طفلهم لتربيته؟",
                                "uk": "Чи можуть батьки в Данії бити дитину, щоб виховати її?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Nej, det er forbudt.",
                                        "en": "No, it is forbidden.",
                                        "ar": "لا، هذا ممنوع.",
                                        "uk": "Ні, це заборонено.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Ja, hvis det kun er et lille slag.",
                                        "en": "Yes, if it is only a small smack.",
                                        "ar": "نعم، إذا كانت ضربة خفيفة فقط.",
                                        "uk": "Так, якщо це лише легкий ляпас.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ja, hvis barnet har gjort noget meget forkert.",
                                        "en": "Yes, if the child has done something very wrong.",
                                        "ar": "نعم، إذا فعل الطفل شيئاً خاطئاً جداً.",
                                        "uk": "Так, якщо дитина зробила щось дуже погане.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Siden 1997 har al fysisk afstraffelse af børn været forbudt i Danmark – også et lille slag.",
                                "en": "Since 1997 all physical punishment of children has been forbidden in Denmark – even a small smack.",
                                "ar": "منذ عام 1997 يُمنع في الدنمارك كل عقاب جسدي للأطفال، حتى الضربة الخفيفة.",
                                "uk": "З 1997 року в Данії заборонені будь-які фізичні покарання дітей — навіть легкий ляпас.",
                            },
                        },
                        {
                            "question": {
                                "da": "Siden hvornår har to af samme køn kunnet gifte sig i Danmark?",
                                "en": "Since when have two people of the same sex been able to marry in Denmark?",
                                "ar": "منذ متى يحق لشخصين من الجنس نفسه أن يتزوّجا في الدنمارك؟",
                                "uk": "З якого часу двоє людей однієї статі можуть одружитися в Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Siden 2012.",
                                        "en": "Since 2012.",
                                        "ar": "منذ عام 2012.",
                                        "uk": "З 2012 року.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Det kan de ikke.",
                                        "en": "They cannot.",
                                        "ar": "لا يحق لهما ذلك.",
                                        "uk": "Вони не можуть.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Siden 1849.",
                                        "en": "Since 1849.",
                                        "ar": "منذ عام 1849.",
                                        "uk": "З 1849 року.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Registreret partnerskab kom i 1989. Siden 2012 har to af samme køn kunnet gifte sig, også i folkekirken.",
                                "en": "Registered partnership came in 1989. Since 2012 two people of the same sex have been able to marry, also in the Church of Denmark.",
                                "ar": "جاءت الشراكة المسجّلة عام 1989. ومنذ عام 2012 يحق لشخصين من الجنس نفسه أن يتزوّجا، وفي الكنيسة الوطنية أيضاً.",
                                "uk": "Зареєстроване партнерство з'явилося в 1989 році. З 2012 року двоє людей однієї статі можуть одружитися, зокрема в Церкві Данії.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad siger loven om sex i et ægteskab?",
                                "en": "What does the law say about sex within marriage?",
                                "ar": "ماذا يقول القانون عن الجنس داخل الزواج؟",
                                "uk": "Що каже закон про секс у шлюбі?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Sex skal altid være frivilligt – også i et ægteskab.",
                                        "en": "Sex must always be voluntary – also within marriage.",
                                        "ar": "يجب أن يكون الجنس دائماً بإرادة حرّة، حتى داخل الزواج.",
                                        "uk": "Секс завжди має бути добровільним — також у шлюбі.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En ægtefælle skal altid sige ja.",
                                        "en": "A spouse must always say yes.",
                                        "ar": "يجب على الزوج أو الزوجة أن يوافق دائماً.",
                                        "uk": "Чоловік чи дружина завжди мусить погоджуватися.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Loven gælder ikke derhjemme.",
                                        "en": "The law does not apply at home.",
                                        "ar": "القانون لا يسري داخل البيت.",
                                        "uk": "Закон не діє вдома.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sex uden samtykke er voldtægt. Det gælder alle – også ægtefæller.",
                                "en": "Sex without consent is rape. This applies to everyone – also spouses.",
                                "ar": "الجنس من دون موافقة اغتصاب. وهذا يسري على الجميع، ومنهم الأزواج والزوجات.",
                                "uk": "Секс без згоди — це зґвалтування. Це стосується всіх — також подружжя.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor kan du få gratis og anonym rådgivning om vold i familien?",
                                "en": "Where can you get free and anonymous advice about violence in the family?",
                                "ar": "أين يمكنك الحصول على نصيحة مجانية ومن دون ذكر اسمك بشأن العنف في العائلة؟",
                                "uk": "Де можна отримати безкоштовну й анонімну пораду щодо насильства в родині?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Hos Lev Uden Vold på 1888.",
                                        "en": "From Lev Uden Vold on 1888.",
                                        "ar": "لدى Lev Uden Vold على الرقم 1888.",
                                        "uk": "У Lev Uden Vold за номером 1888.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Hos Skattestyrelsen.",
                                        "en": "From the Danish Tax Agency.",
                                        "ar": "لدى مصلحة الضرائب (Skattestyrelsen).",
                                        "uk": "У Податковій службі (Skattestyrelsen).",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingen steder – vold i familien er en privat sag.",
                                        "en": "Nowhere – violence in the family is a private matter.",
                                        "ar": "لا يوجد مكان، فالعنف في العائلة شأن خاص.",
                                        "uk": "Ніде — насильство в родині є приватною справою.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Vold i familien er aldrig en privat sag. Lev Uden Vold svarer på 1888 døgnet rundt, og ved fare ringer du 112.",
                                "en": "Violence in the family is never a private matter. Lev Uden Vold answers on 1888 around the clock, and in danger you call 112.",
                                "ar": "العنف في العائلة ليس شأناً خاصاً أبداً. يردّ Lev Uden Vold على الرقم 1888 على مدار الساعة، وعند الخطر تتصل بالرقم 112.",
                                "uk": "Насильство в родині ніколи не є приватною справою. Lev Uden Vold відповідає за номером 1888 цілодобово, а в разі небезпеки телефонуйте 112.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "police-courts-and-complaints",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Politi, domstole og hvor du kan klage",
                "en": "Police, courts and where you can complain",
                "ar": "الشرطة والمحاكم وأين يمكنك تقديم شكوى",
                "uk": "Поліція, суди і куди можна поскаржитися",
            },
            "intro": {
                "da": "Lær, hvad politiet og domstolene gør, hvor du kan klage over forskelsbehandling, og hvilke regler du skal huske om dit ophold.",
                "en": "Learn what the police and the courts do, where you can complain about discrimination, and which rules to remember about your residence.",
                "ar": "تعرّف على عمل الشرطة والمحاكم، وعلى الجهات التي يمكنك أن تشتكي إليها من التمييز، وعلى القواعد التي يجب أن تتذكّرها بشأن إقامتك.",
                "uk": "Дізнайтеся, що роблять поліція і суди, куди можна поскаржитися на дискримінацію і які правила щодо вашого перебування в Данії треба пам'ятати.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Politiet hjælper og beskytter",
                            "Politiet skal skabe tryghed, hjælpe borgerne og opklare forbrydelser. Det skal selv følge loven. Det skal også behandle alle ens.",
                            "- Ring <b>112</b>, hvis der er fare for liv. Det gælder også, hvis en forbrydelse sker lige nu.",
                            "- Ring <b>114</b> til politiet, når det ikke haster.",
                            "- Du kan anmelde mange ting på <b>politi.dk</b>. Det kan fx være tyveri eller svindel.",
                            "Politiet tager ikke imod penge eller gaver. Hvis du tilbyder en betjent penge, er det bestikkelse. Det er ulovligt. Du kan trygt bede en betjent om hjælp på gaden.",
                            "Synes du, at politiet har behandlet dig forkert? Så kan du klage til <b>Den Uafhængige Politiklagemyndighed</b>.",
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
                        "ar": [
                            "## الشرطة تساعد وتحمي",
                            "مهمة الشرطة (Politiet) هي نشر الأمان ومساعدة المواطنين وكشف الجرائم. ويجب على الشرطة نفسها أن تلتزم بالقانون وأن تعامل الجميع بالطريقة نفسها.",
                            "- اتصل بالرقم <b>112</b> إذا كانت هناك حياة في خطر، أو إذا كانت جريمة تحدث الآن.",
                            "- اتصل بالرقم <b>114</b> للتواصل مع الشرطة عندما لا يكون الأمر عاجلاً.",
                            "- يمكنك الإبلاغ عن أمور كثيرة على <b>politi.dk</b>، مثل السرقة أو الاحتيال.",
                            "لا تقبل الشرطة المال أو الهدايا. وعرض المال على شرطي رشوة، وهو مخالف للقانون. ويمكنك أن تطلب المساعدة من أي شرطي في الشارع وأنت مطمئن.",
                            "إذا رأيت أن الشرطة عاملتك بشكل خاطئ، يمكنك أن تقدّم شكوى إلى <b>هيئة الشكاوى المستقلة ضد الشرطة (Den Uafhængige Politiklagemyndighed)</b>.",
                        ],
                        "uk": [
                            "## Поліція допомагає і захищає",
                            "Завдання поліції (Politiet) — забезпечувати безпеку, допомагати людям і розкривати злочини. Поліція сама має дотримуватися закону й ставитися до всіх однаково.",
                            "- Телефонуйте <b>112</b>, якщо є загроза життю або якщо злочин відбувається просто зараз.",
                            "- Телефонуйте <b>114</b> у поліцію, коли справа не термінова.",
                            "- Про багато що можна повідомити на <b>politi.dk</b>, наприклад про крадіжку чи шахрайство.",
                            "Поліція не бере грошей чи подарунків. Запропонувати поліцейському гроші — це хабар, і це незаконно. Ви можете спокійно звернутися по допомогу до поліцейського на вулиці.",
                            "Якщо ви вважаєте, що поліція повелася з вами неправильно, можна поскаржитися до <b>Незалежного органу з розгляду скарг на поліцію (Den Uafhængige Politiklagemyndighed)</b>.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Domstolene",
                            "Domstolene afgør sager og dømmer i straffesager. De er uafhængige. Regeringen og politikerne må altså ikke bestemme, hvad en dommer skal dømme.",
                            "Der er tre niveauer: <b>byretten</b>, <b>landsretten</b> og <b>Højesteret</b>. De fleste sager kommer først for byretten. Er man uenig i dommen? Så kan man ofte anke sagen til den næste ret.",
                            "Alle er uskyldige, indtil de er dømt. Er du anklaget for en forbrydelse? Så har du ret til en advokat, der forsvarer dig (en forsvarer). Du har også ret til en tolk, hvis du ikke forstår dansk.",
                            "Har du brug for juridisk hjælp i hverdagen, fx om en regning eller en lejekontrakt? Så kan du mange steder få gratis retshjælp. Det kan fx være hos Advokatvagten.",
                        ],
                        "en": [
                            "## The courts",
                            "The courts decide cases and judge criminal cases. They are independent. This means that the government and politicians must not decide what a judge rules.",
                            "There are three levels: <b>byretten</b> (the district court), <b>landsretten</b> (the high court) and <b>Højesteret</b> (the Supreme Court). Most cases begin in the district court. If you disagree with the judgment, you can often appeal the case to the next court.",
                            "Everyone is innocent until proven guilty. If you are charged with a crime, you have the right to a lawyer who defends you (a defence lawyer) and to an interpreter if you do not understand Danish.",
                            "If you need legal help in everyday life, for example about a bill or a lease, you can get free legal aid (retshjælp) in many places, for example at Advokatvagten.",
                        ],
                        "ar": [
                            "## المحاكم",
                            "تفصل المحاكم في القضايا وتحكم في القضايا الجنائية. وهي مستقلة. وهذا يعني أنه لا يجوز للحكومة ولا للسياسيين أن يقرّروا الحكم الذي يصدره القاضي.",
                            "هناك ثلاثة مستويات: <b>المحكمة الابتدائية (byretten)</b> و<b>محكمة الاستئناف (landsretten)</b> و<b>المحكمة العليا (Højesteret)</b>. تبدأ معظم القضايا في المحكمة الابتدائية. وإذا كنت لا توافق على الحكم، يمكنك في كثير من الأحيان أن تستأنف القضية أمام المحكمة الأعلى.",
                            "كل شخص بريء حتى تثبت إدانته. وإذا اتُّهمت بجريمة، فمن حقك أن يكون لك محامٍ يدافع عنك (محامي الدفاع)، وأن يكون لك مترجم شفهي (tolk) إذا كنت لا تفهم الدنماركية.",
                            "إذا احتجت إلى مساعدة قانونية في حياتك اليومية، مثلاً بشأن فاتورة أو عقد إيجار، يمكنك في أماكن كثيرة أن تحصل على مساعدة قانونية مجانية (retshjælp)، مثلاً لدى Advokatvagten.",
                        ],
                        "uk": [
                            "## Суди",
                            "Суди вирішують справи й ухвалюють вироки в кримінальних справах. Вони незалежні. Це означає, що уряд і політики не можуть вирішувати, яке рішення має ухвалити суддя.",
                            "Є три рівні: <b>районний суд (byretten)</b>, <b>апеляційний суд (landsretten)</b> і <b>Верховний суд (Højesteret)</b>. Більшість справ починається в районному суді. Якщо ви не згодні з рішенням, часто можна оскаржити його в суді наступного рівня.",
                            "Кожен невинуватий, доки його не визнано винним. Якщо вас звинувачують у злочині, ви маєте право на адвоката, який вас захищає (захисника), і на перекладача (tolk), якщо ви не розумієте данської.",
                            "Якщо вам потрібна юридична допомога в повсякденних справах, наприклад щодо рахунку чи договору оренди, у багатьох місцях можна отримати безкоштовну правову допомогу (retshjælp), наприклад в Advokatvagten.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Forskelsbehandling – og hvor du kan klage",
                            "<b>Forskelsbehandling</b> (diskrimination) er, når en person bliver behandlet dårligere end andre. Det kan fx være på grund af køn, hudfarve, etnisk oprindelse, religion, alder, handicap eller seksuel orientering. Det er ulovligt på arbejdsmarkedet. Man må heller ikke nægte nogen adgang på grund af deres hudfarve eller etniske oprindelse. Det gælder fx på en restaurant eller et diskotek.",
                            "Hvis du oplever forskelsbehandling:",
                            "1. Skriv ned, hvad der skete, hvornår og hvem der var til stede. Gem beskeder og breve.",
                            "2. Tal med din fagforening, hvis det er sket på jobbet.",
                            "3. Klag gratis til <b>Ligebehandlingsnævnet</b>. Det kræver ikke en advokat.",
                            "4. Få gratis råd hos <b>Institut for Menneskerettigheder</b>. Det gælder fx, hvis du er blevet forskelsbehandlet på grund af etnisk oprindelse eller køn.",
                            "Er du blevet truet eller angrebet på grund af din hudfarve, din religion eller din seksualitet? Så anmeld det til politiet. Det kan være en <b>hadforbrydelse</b>. Så bliver straffen hårdere.",
                        ],
                        "en": [
                            "## Discrimination – and where you can complain",
                            "<b>Forskelsbehandling</b> (discrimination) means that a person is treated worse than others because of, for example, gender, skin colour, ethnic origin, religion, age, disability or sexual orientation. It is illegal in the labour market. It is also illegal, for example, to refuse someone entry to a restaurant or a nightclub because of their skin colour or ethnic origin.",
                            "If you experience discrimination:",
                            "1. Write down what happened, when and who was there. Keep messages and letters.",
                            "2. Talk to your trade union if it happened at work.",
                            "3. Complain for free to <b>the Board of Equal Treatment</b> (Ligebehandlingsnævnet). You do not need a lawyer.",
                            "4. Get free advice from the <b>Danish Institute for Human Rights</b>, for example if you have been discriminated against because of ethnic origin or gender.",
                            "If you have been threatened or attacked because of your skin colour, your religion or your sexuality, report it to the police. It may be a <b>hate crime</b>, and then the punishment is harsher.",
                        ],
                        "ar": [
                            "## التمييز – وأين يمكنك تقديم شكوى",
                            "<b>التمييز (forskelsbehandling)</b> يعني أن يُعامَل شخص معاملة أسوأ من غيره بسبب الجنس أو لون البشرة أو الأصل العرقي أو الدين أو العمر أو الإعاقة أو التوجّه الجنسي مثلاً. وهذا مخالف للقانون في سوق العمل. ومن المخالف للقانون أيضاً مثلاً منع شخص من دخول مطعم أو ملهى ليلي بسبب لون بشرته أو أصله العرقي.",
                            "إذا تعرّضت للتمييز:",
                            "1. اكتب ما حدث، ومتى حدث، ومن كان حاضراً. واحتفظ بالرسائل والخطابات.",
                            "2. تحدّث مع نقابتك (fagforening) إذا حدث ذلك في العمل.",
                            "3. قدّم شكوى مجاناً إلى <b>مجلس المساواة في المعاملة (Ligebehandlingsnævnet)</b>. لا تحتاج إلى محامٍ.",
                            "4. احصل على نصيحة مجانية من <b>المعهد الدنماركي لحقوق الإنسان (Institut for Menneskerettigheder)</b>، مثلاً إذا تعرّضت للتمييز بسبب أصلك العرقي أو جنسك.",
                            "إذا تعرّضت للتهديد أو للاعتداء بسبب لون بشرتك أو دينك أو ميولك الجنسية، فأبلغ الشرطة بذلك. فقد تكون هذه <b>جريمة كراهية</b>، وعندها تكون العقوبة أشد.",
                        ],
                        "uk": [
                            "## Дискримінація — і куди можна поскаржитися",
                            "<b>Дискримінація (forskelsbehandling)</b> означає, що до людини ставляться гірше, ніж до інших, через, наприклад, стать, колір шкіри, етнічне походження, релігію, вік, інвалідність чи сексуальну орієнтацію. На ринку праці це незаконно. Також незаконно, наприклад, не пускати когось до ресторану чи нічного клубу через колір шкіри чи етнічне походження.",
                            "Якщо ви зіткнулися з дискримінацією:",
                            "1. Запишіть, що сталося, коли і хто був поруч. Збережіть повідомлення й листи.",
                            "2. Поговоріть зі своєю профспілкою (fagforening), якщо це сталося на роботі.",
                            "3. Подайте безкоштовну скаргу до <b>Ради з питань рівного ставлення (Ligebehandlingsnævnet)</b>. Адвокат вам не потрібен.",
                            "4. Отримайте безкоштовну пораду в <b>Данському інституті прав людини (Institut for Menneskerettigheder)</b>, наприклад якщо вас дискримінували через етнічне походження чи стать.",
                            "Якщо вам погрожували чи на вас напали через колір шкіри, релігію чи сексуальність, повідомте про це в поліцію. Це може бути <b>злочин на ґрунті ненависті</b>, і тоді покарання суворіше.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m07-forskelsbehandling"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dit ophold i Danmark: dine pligter",
                            "Er du ikke dansk statsborger, har du som regel en <b>opholdstilladelse</b>. Er du EU-borger, har du i stedet et opholdsdokument. Reglerne er ikke ens for alle. Her er nogle gode vaner for alle:",
                            "- Vid, hvornår din tilladelse udløber. Søg om forlængelse i god tid.",
                            "- Meld flytning senest 5 dage efter, du er flyttet. Det gør du på borger.dk.",
                            "- Bygger dit ophold fx på et job, en uddannelse eller et ægteskab? Så find ud af, om du skal give besked, hvis det ændrer sig.",
                            "- Læs din Digital Post. Her kommer breve om dit ophold.",
                            "- Vær klar over, at lange ophold uden for Danmark kan påvirke din opholdstilladelse. Det samme gælder kriminalitet.",
                            'Reglerne ændrer sig ofte. De officielle regler står på <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>. Er du i tvivl om din egen sag, så få personlig rådgivning. Denne lektion er ikke juridisk rådgivning.',
                        ],
                        "en": [
                            "## Your residence in Denmark: your duties",
                            "If you are not a Danish citizen, you usually have a <b>residence permit</b> or – as an EU citizen – a residence document. The rules differ from person to person. Here are some good habits for everyone:",
                            "- Know when your permit expires, and apply for an extension in good time.",
                            "- Report a change of address no later than 5 days after you have moved. You do this on borger.dk.",
                            "- If your residence is based on, for example, a job, studies or a marriage, find out whether you must tell the authorities if that changes.",
                            "- Read your Digital Post. Letters about your residence arrive there.",
                            "- Be aware that long stays outside Denmark and crime can affect your residence permit.",
                            'The rules change often. The official rules are on <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>. If you are unsure about your own case, get personal advice. This lesson is not legal advice.',
                        ],
                        "ar": [
                            "## إقامتك في الدنمارك: واجباتك",
                            "إذا لم تكن مواطناً دنماركياً، فلديك في العادة <b>تصريح إقامة (opholdstilladelse)</b> أو، إذا كنت مواطناً من الاتحاد الأوروبي، وثيقة إقامة. والقواعد تختلف من شخص إلى آخر. إليك بعض العادات الجيدة للجميع:",
                            "- اعرف متى ينتهي تصريحك، وقدّم طلب التمديد في وقت مبكر.",
                            "- أبلغ عن تغيير عنوانك في موعد أقصاه 5 أيام بعد انتقالك. وتفعل ذلك على borger.dk.",
                            "- إذا كانت إقامتك مبنية مثلاً على عمل أو دراسة أو زواج، فتحقّق مما إذا كان عليك أن تُبلغ السلطات إذا تغيّر ذلك.",
                            "- اقرأ بريدك الرقمي (Digital Post)، فالرسائل المتعلقة بإقامتك تصل إليه.",
                            "- انتبه إلى أن الإقامة الطويلة خارج الدنمارك وارتكاب الجرائم قد يؤثّران في تصريح إقامتك.",
                            'القواعد تتغيّر كثيراً. والقواعد الرسمية منشورة على <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>. وإذا كنت غير متأكد من قضيتك، فاحصل على استشارة شخصية. هذا الدرس ليس استشارة قانونية.',
                        ],
                        "uk": [
                            "## Ваше перебування в Данії: ваші обов'язки",
                            "Якщо ви не громадянин Данії, у вас зазвичай є <b>дозвіл на проживання (opholdstilladelse)</b> або — якщо ви громадянин ЄС — документ про проживання. Правила для кожної людини різні. Ось кілька корисних звичок для всіх:",
                            "- Знайте, коли закінчується ваш дозвіл, і вчасно подавайте заяву на продовження.",
                            "- Повідомте про переїзд не пізніше ніж через 5 днів після нього. Це робиться на borger.dk.",
                            "- Якщо ваше перебування ґрунтується, наприклад, на роботі, навчанні чи шлюбі, з'ясуйте, чи треба повідомити органи влади, якщо це зміниться.",
                            "- Читайте свою Цифрову пошту (Digital Post). Туди надходять листи про ваше перебування.",
                            "- Пам'ятайте, що тривале перебування за межами Данії та злочини можуть вплинути на ваш дозвіл на проживання.",
                            'Правила часто змінюються. Офіційні правила розміщено на <a href="https://www.nyidanmark.dk/">nyidanmark.dk</a>. Якщо ви не впевнені щодо своєї ситуації, зверніться по особисту консультацію. Цей урок не є юридичною консультацією.',
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m07-opholdstilladelse"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Det vigtigste",
                        "en": "The key points",
                        "ar": "أهم النقاط",
                        "uk": "Найважливіше",
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
                        "ar": [
                            "112: خطر على الحياة. 114: الشرطة عندما لا يكون الأمر عاجلاً.",
                            "المحاكم مستقلة: المحكمة الابتدائية ومحكمة الاستئناف والمحكمة العليا.",
                            "كل شخص بريء حتى تثبت إدانته.",
                            "تقديم الشكوى إلى مجلس المساواة في المعاملة مجاني.",
                            "أبلغ عن تغيير عنوانك خلال 5 أيام، وقدّم طلب تمديد إقامتك في وقت مبكر.",
                        ],
                        "uk": [
                            "112 — загроза життю. 114 — поліція в нетермінових справах.",
                            "Суди незалежні: районний суд, апеляційний суд і Верховний суд.",
                            "Кожен невинуватий, доки його не визнано винним.",
                            "Скарга до Ради з питань рівного ставлення безкоштовна.",
                            "Повідомляйте про переїзд протягом 5 днів і вчасно подавайте заяву на продовження дозволу на проживання.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Her kan du klage og få råd",
                        "en": "Where to complain and get advice",
                        "ar": "هنا يمكنك تقديم شكوى والحصول على نصيحة",
                        "uk": "Де можна поскаржитися й отримати пораду",
                    },
                    "intro": {
                        "da": "Disse steder tager imod klager og henvendelser. Det er gratis.",
                        "en": "These places accept complaints and enquiries. It is free.",
                        "ar": "تستقبل هذه الجهات الشكاوى والاستفسارات، والخدمة مجانية.",
                        "uk": "Ці установи приймають скарги та звернення. Це безкоштовно.",
                    },
                    "resources": ["m07-ligebehandlingsnaevnet", "menneskeret", "politi"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad ville du gøre, hvis du blev afvist ved døren til et diskotek på grund af din hudfarve?",
                        "en": "What would you do if you were turned away at the door of a nightclub because of your skin colour?",
                        "ar": "ماذا ستفعل إذا مُنعت من دخول ملهى ليلي عند الباب بسبب لون بشرتك؟",
                        "uk": "Що б ви зробили, якби вас не пустили до нічного клубу через колір шкіри?",
                    },
                    "hint": {
                        "da": "Tænk på, hvad du kan skrive ned, hvem der så det, hvem du kan tale med, og hvor du kan klage.",
                        "en": "Think about what you can write down, who saw it, whom you can talk to, and where you can complain.",
                        "ar": "فكّر في ما يمكنك أن تكتبه، ومن رأى ما حدث، ومع من يمكنك أن تتحدّث، وأين يمكنك تقديم شكوى.",
                        "uk": "Подумайте, що ви можете записати, хто це бачив, з ким можна поговорити і куди поскаржитися.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: politi, domstole og klager",
                        "en": "Test yourself: police, courts and complaints",
                        "ar": "اختبر نفسك: الشرطة والمحاكم والشكاوى",
                        "uk": "Перевірте себе: поліція, суди і скарги",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du ser et indbrud ske lige nu. Hvilket nummer ringer du til?",
                                "en": "You see a burglary happening right now. Which number do you call?",
                                "ar": "ترى الآن شخصاً يقتحم بيتاً ليسرقه. بأي رقم تتصل؟",
                                "uk": "Ви бачите, що просто зараз хтось вдирається в чуже житло. За яким номером ви телефонуєте?",
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
                                "da": "Sker forbrydelsen lige nu, ringer du 112. 114 er til politiet, når det ikke haster.",
                                "en": "If the crime is happening right now, you call 112. 114 is for the police when it is not urgent.",
                                "ar": "إذا كانت الجريمة تحدث الآن، فاتصل بالرقم 112. أما الرقم 114 فهو للشرطة عندما لا يكون الأمر عاجلاً.",
                                "uk": "Якщо злочин відбувається зараз, телефонуйте 112. Номер 114 — для поліції, коли справа не термінова.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder det, at domstolene er uafhængige?",
                                "en": "What does it mean that the courts are independent?",
                                "ar": "ماذا يعني أن المحاكم مستقلة؟",
                                "uk": "Що означає, що суди незалежні?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Politikerne må ikke bestemme, hvad dommeren dømmer.",
                                        "en": "Politicians must not decide what the judge rules.",
                                        "ar": "لا يجوز للسياسيين أن يقرّروا الحكم الذي يصدره القاضي.",
                                        "uk": "Політики не можуть вирішувати, яке рішення ухвалить суддя.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Dommerne laver selv lovene.",
                                        "en": "The judges make the laws themselves.",
                                        "ar": "القضاة يضعون القوانين بأنفسهم.",
                                        "uk": "Судді самі пишуть закони.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Man kan ikke klage over en dom.",
                                        "en": "You cannot appeal a judgment.",
                                        "ar": "لا يمكن الاعتراض على الحكم.",
                                        "uk": "Рішення суду не можна оскаржити.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Folketinget laver lovene, og domstolene dømmer ud fra dem – uden at regeringen blander sig.",
                                "en": "The Folketing makes the laws, and the courts judge according to them – without the government interfering.",
                                "ar": "البرلمان (Folketinget) يضع القوانين، والمحاكم تحكم وفقاً لها، من دون أن تتدخّل الحكومة.",
                                "uk": "Фолькетинг (Folketinget) ухвалює закони, а суди судять відповідно до них — без втручання уряду.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du får at vide, at du ikke kan få et job på grund af din hudfarve. Hvor kan du klage gratis?",
                                "en": "You are told that you cannot get a job because of your skin colour. Where can you complain for free?",
                                "ar": "قيل لك إنك لا تستطيع الحصول على وظيفة بسبب لون بشرتك. أين يمكنك تقديم شكوى مجاناً؟",
                                "uk": "Вам сказали, що ви не можете отримати роботу через колір шкіри. Куди можна безкоштовно поскаржитися?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Til Ligebehandlingsnævnet.",
                                        "en": "To the Board of Equal Treatment.",
                                        "ar": "إلى مجلس المساواة في المعاملة (Ligebehandlingsnævnet).",
                                        "uk": "До Ради з питань рівного ставлення (Ligebehandlingsnævnet).",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Til Skattestyrelsen.",
                                        "en": "To the Danish Tax Agency.",
                                        "ar": "إلى مصلحة الضرائب (Skattestyrelsen).",
                                        "uk": "До Податкової служби (Skattestyrelsen).",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingen steder – det er lovligt.",
                                        "en": "Nowhere – it is legal.",
                                        "ar": "لا يوجد مكان، فهذا قانوني.",
                                        "uk": "Нікуди — це законно.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Forskelsbehandling på grund af hudfarve er ulovlig på arbejdsmarkedet. Det er gratis at klage til Ligebehandlingsnævnet.",
                                "en": "Discrimination because of skin colour is illegal in the labour market. Complaining to the Board of Equal Treatment is free.",
                                "ar": "التمييز بسبب لون البشرة مخالف للقانون في سوق العمل. وتقديم الشكوى إلى مجلس المساواة في المعاملة مجاني.",
                                "uk": "Дискримінація через колір шкіри на ринку праці незаконна. Скарга до Ради з питань рівного ставлення безкоштовна.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du flytter til en ny lejlighed. Hvornår skal du senest melde flytning?",
                                "en": "You move to a new flat. What is the latest you must report the move?",
                                "ar": "انتقلت إلى شقة جديدة. ما آخر موعد للإبلاغ عن تغيير عنوانك؟",
                                "uk": "Ви переїжджаєте до нової квартири. Коли найпізніше треба повідомити про переїзд?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Senest 5 dage efter, jeg er flyttet.",
                                        "en": "No later than 5 days after I have moved.",
                                        "ar": "في موعد أقصاه 5 أيام بعد انتقالي.",
                                        "uk": "Не пізніше ніж через 5 днів після переїзду.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Efter et år.",
                                        "en": "After a year.",
                                        "ar": "بعد سنة.",
                                        "uk": "Через рік.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det er ikke nødvendigt.",
                                        "en": "It is not necessary.",
                                        "ar": "هذا غير ضروري.",
                                        "uk": "Це не обов'язково.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du skal melde flytning senest 5 dage efter, du er flyttet. Det gør du på borger.dk.",
                                "en": "You must report a move no later than 5 days after you have moved. You do this on borger.dk.",
                                "ar": "يجب أن تبلغ عن تغيير عنوانك في موعد أقصاه 5 أيام بعد انتقالك. وتفعل ذلك على borger.dk.",
                                "uk": "Ви маєте повідомити про переїзд не пізніше ніж через 5 днів після нього. Це робиться на borger.dk.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
