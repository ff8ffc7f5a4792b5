"""Module 1: democracy and the welfare state (how Denmark is governed, municipalities, regions and voting, welfare, rights and duties)."""

GLOSSARY = {
    "m01-folketinget": {
        "term": {
            "da": "Folketinget",
            "en": "The Folketing (Danish Parliament)",
            "ar": "البرلمان الدنماركي (Folketinget)",
            "uk": "Фолькетинг (Folketinget)",
        },
        "explanation": {
            "da": "Danmarks parlament. Folketinget har 179 medlemmer, vedtager lovene og kontrollerer regeringen. Der er folketingsvalg mindst hvert fjerde år.",
            "en": "Denmark’s parliament. The Folketing has 179 members, passes the laws and keeps a check on the government. A general election is held at least every four years.",
            "ar": "برلمان الدنمارك. يضم 179 عضوًا، ويقرّ القوانين ويراقب الحكومة. وتُجرى الانتخابات البرلمانية مرة كل أربع سنوات على الأقل.",
            "uk": "Парламент Данії. Фолькетинг має 179 депутатів, ухвалює закони й контролює уряд. Парламентські вибори відбуваються щонайменше раз на чотири роки.",
        },
    },
    "m01-kommunalbestyrelse": {
        "term": {
            "da": "Kommunalbestyrelse (byråd)",
            "en": "Municipal council (kommunalbestyrelse)",
            "ar": "المجلس البلدي (kommunalbestyrelse)",
            "uk": "Муніципальна рада (kommunalbestyrelse)",
        },
        "explanation": {
            "da": "De politikere, som borgerne vælger til at lede kommunen. I mange kommuner hedder den byrådet. Borgmesteren er formand. Der er kommunalvalg hvert fjerde år.",
            "en": "The politicians the residents elect to run the municipality. In many municipalities it is called the city council (byråd). The mayor (borgmester) is its chair. Municipal elections are held every four years.",
            "ar": "السياسيون الذين ينتخبهم السكان لإدارة البلدية، ويسمى في كثير من البلديات مجلس المدينة (byråd). ويرأسه رئيس البلدية (borgmester). وتُجرى الانتخابات البلدية كل أربع سنوات.",
            "uk": "Політики, яких мешканці обирають керувати комуною. У багатьох комунах її називають міською радою (byråd). Раду очолює мер (borgmester). Муніципальні вибори відбуваються раз на чотири роки.",
        },
    },
    "m01-velfaerdssamfund": {
        "term": {
            "da": "Velfærdssamfund",
            "en": "Welfare state (velfærdssamfund)",
            "ar": "دولة الرفاه (velfærdssamfund)",
            "uk": "Держава добробуту (velfærdssamfund)",
        },
        "explanation": {
            "da": "Et samfund, hvor det offentlige betaler for for eksempel sundhed, uddannelse og hjælp til ældre, syge og ledige. Det bliver betalt med skat.",
            "en": "A society in which the public sector pays for things like health care, education and help for older, sick and unemployed people. It is paid for with taxes.",
            "ar": "مجتمع يموّل فيه القطاع العام أمورًا مثل الرعاية الصحية والتعليم ومساعدة كبار السن والمرضى والعاطلين عن العمل، وذلك من الضرائب.",
            "uk": "Суспільство, у якому державний сектор оплачує, наприклад, охорону здоров’я, освіту й допомогу літнім, хворим і безробітним. Усе це фінансується з податків.",
        },
    },
}

RESOURCES = {
    "m01-ft-dk": {
        "name": {
            "da": "Folketinget (ft.dk)",
            "en": "The Folketing (ft.dk)",
            "ar": "البرلمان الدنماركي (ft.dk)",
            "uk": "Фолькетинг (ft.dk)",
        },
        "category": "culture",
        "description": {
            "da": "Folketingets officielle hjemmeside. Her kan du følge møderne, se hvem der er medlemmer, og læse om, hvordan en lov bliver til. Der er også information på engelsk.",
            "en": "The Folketing's official website. Here you can follow the meetings, see who the members are and read about how a law is made. There is also information in English.",
            "ar": "الموقع الرسمي للبرلمان الدنماركي. يمكنك فيه متابعة الجلسات، ومعرفة الأعضاء، والقراءة عن كيفية صدور القانون. وفيه معلومات باللغة الإنجليزية أيضًا.",
            "uk": "Офіційний сайт Фолькетингу (парламенту Данії). Тут можна стежити за засіданнями, дізнатися, хто є депутатами, і прочитати, як ухвалюють закони. Є також інформація англійською мовою.",
        },
        "url": "https://www.ft.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "democracy-and-welfare",
    "mandatory": True,
    "title": {
        "da": "Demokrati og velfærd",
        "en": "Democracy and the welfare state",
        "ar": "الديمقراطية ودولة الرفاه",
        "uk": "Демократія та держава добробуту",
    },
    "summary": {
        "da": "Lær, hvordan Danmark bliver styret, hvem der bestemmer hvad, og hvordan skatten betaler for velfærden. Du lærer også om dine rettigheder og pligter.",
        "en": "Learn how Denmark is governed, who decides what, and how taxes pay for the welfare state. You will also learn about your rights and duties.",
        "ar": "تعرّف على طريقة حكم الدنمارك، ومن يقرر ماذا، وكيف تموّل الضرائب دولة الرفاه. وستتعرف أيضًا على حقوقك وواجباتك.",
        "uk": "Дізнайтеся, як керують Данією, хто що вирішує і як податки оплачують державу добробуту. Ви також дізнаєтеся про свої права та обов’язки.",
    },
    "objectives": {
        "da": [
            "Du kan forklare, hvad Folketinget, regeringen og domstolene gør.",
            "Du kan fortælle, hvad kommunen og regionen tager sig af.",
            "Du kan forklare, hvem der kan stemme til de forskellige valg i Danmark.",
            "Du kan give eksempler på, hvad skatten betaler for, og på dine rettigheder og pligter.",
        ],
        "en": [
            "You can explain what the Folketing (Parliament), the government and the courts do.",
            "You can say what the municipality and the region take care of.",
            "You can explain who can vote in the different elections in Denmark.",
            "You can give examples of what taxes pay for and of your rights and duties.",
        ],
        "ar": [
            "يمكنك أن تشرح ما يقوم به البرلمان (Folketinget) والحكومة والمحاكم.",
            "يمكنك أن تذكر المهام التي تتولاها البلدية (kommune) والإقليم (region).",
            "يمكنك أن تشرح من يحق له التصويت في الانتخابات المختلفة في الدنمارك.",
            "يمكنك أن تعطي أمثلة على ما تموّله الضرائب، وعلى حقوقك وواجباتك.",
        ],
        "uk": [
            "Ви можете пояснити, що роблять Фолькетинг (Folketinget), уряд і суди.",
            "Ви можете розповісти, за що відповідають комуна (kommune) і регіон.",
            "Ви можете пояснити, хто може голосувати на різних виборах у Данії.",
            "Ви можете навести приклади того, що оплачують податки, а також своїх прав і обов’язків.",
        ],
    },
    "lessons": [
        {
            "slug": "how-denmark-is-governed",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Sådan bliver Danmark styret",
                "en": "How Denmark is governed",
                "ar": "كيف تُحكم الدنمارك",
                "uk": "Як керують Данією",
            },
            "intro": {
                "da": "Lær om Grundloven, Folketinget, regeringen og domstolene – og om, hvordan en lov bliver til.",
                "en": "Learn about the Constitution, the Folketing, the government and the courts – and how a law is made.",
                "ar": "تعرّف على الدستور والبرلمان والحكومة والمحاكم، وعلى كيفية صدور القانون.",
                "uk": "Дізнайтеся про Конституцію, Фолькетинг, уряд і суди – і про те, як ухвалюють закон.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Danmark er et demokrati",
                            "Demokrati betyder »folkets styre«. I Danmark er det folket, der vælger politikerne. Valget er frit og hemmeligt. Politikerne skal følge loven som alle andre. Hvis folk ikke er glade for dem, kan de stemme på nogle andre ved næste valg.",
                            "Danmark er også et <b>konstitutionelt monarki</b>. Det vil sige, at landet har en konge eller dronning. Men kongen har ingen politisk magt. Siden januar 2024 har Frederik 10. været konge. Kongen har vigtige opgaver ved officielle begivenheder. Men det er Folketinget og regeringen, der bestemmer i politik.",
                        ],
                        "en": [
                            "## Denmark is a democracy",
                            "Democracy means “rule by the people”. In Denmark, citizens choose their politicians in free and secret elections. Politicians must obey the law just like everyone else. If voters are not happy with the politicians, they can vote for someone else at the next election.",
                            "Denmark is also a <b>constitutional monarchy</b>. This means that the country has a king or queen, but the king does not make political decisions. King Frederik X has been Denmark’s king since January 2024. The king has important duties at official events, but it is the Folketing and the government that make the political decisions.",
                        ],
                        "ar": [
                            "## الدنمارك دولة ديمقراطية",
                            "كلمة الديمقراطية تعني «حكم الشعب». في الدنمارك يختار المواطنون السياسيين في انتخابات حرة وسرية. ويجب على السياسيين أن يلتزموا بالقانون مثل الجميع. وإذا لم يكن الناخبون راضين عن السياسيين، يمكنهم أن يصوّتوا لغيرهم في الانتخابات القادمة.",
                            "والدنمارك أيضًا <b>ملكية دستورية</b>. هذا يعني أن للبلد ملكًا أو ملكة، لكن الملك لا يتخذ القرارات السياسية. ومنذ يناير 2024 أصبح الملك فريدريك العاشر ملكًا للدنمارك. للملك مهام مهمة في المناسبات الرسمية، أما القرارات السياسية فيتخذها البرلمان (Folketinget) والحكومة.",
                        ],
                        "uk": [
                            "## Данія – демократична країна",
                            "Демократія означає «влада народу». У Данії громадяни обирають політиків на вільних і таємних виборах. Політики мусять дотримуватися закону так само, як і всі інші. Якщо виборці незадоволені політиками, на наступних виборах вони можуть проголосувати за інших.",
                            "Данія також є <b>конституційною монархією</b>. Це означає, що в країні є король або королева, але король не ухвалює політичних рішень. З січня 2024 року королем Данії є Фредерік X. Король виконує важливі обов’язки під час офіційних подій, але політичні рішення ухвалюють Фолькетинг (Folketinget) і уряд.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Grundloven – landets vigtigste lov",
                            "<b>Grundloven</b> er den danske forfatning. Den første grundlov blev skrevet under den 5. juni 1849. Derfor fejrer vi Grundlovsdag den 5. juni. Den grundlov, vi har i dag, er fra 1953. Den siger, hvordan landet skal styres. Den giver også borgerne en række friheder. To af dem er ytringsfrihed og religionsfrihed.",
                            "Grundloven deler magten i tre dele. Det kalder man <i>magtens tredeling</i>:",
                            "- Den <b>lovgivende magt</b>: Folketinget laver lovene.",
                            "- Den <b>udøvende magt</b>: Regeringen og ministrene sørger for, at lovene bliver ført ud i livet.",
                            "- Den <b>dømmende magt</b>: Domstolene dømmer i straffesager. De afgør også sager, hvor folk er uenige. Dommerne er uafhængige af politikerne.",
                            "Når magten er delt, kan ingen person eller gruppe få al magten. Det beskytter borgernes frihed.",
                        ],
                        "en": [
                            "## The Constitution – the country’s most important law",
                            "<b>The Constitution</b> (Grundloven) is Denmark’s basic law. The first Constitution was signed on 5 June 1849, which is why Constitution Day is celebrated on 5 June. The Constitution we have today dates from 1953. It describes how the country is to be governed, and it gives citizens a number of basic freedoms, for example freedom of speech and freedom of religion.",
                            "The Constitution divides power into three parts. This is called the <i>separation of powers</i>:",
                            "- The <b>legislative power</b>: the Folketing passes the laws.",
                            "- The <b>executive power</b>: the government and the ministers make sure the laws are put into practice.",
                            "- The <b>judicial power</b>: the courts judge criminal cases and settle disputes between people. The judges are independent of the politicians.",
                            "When power is divided, no single person or group can have all the power. This protects the freedom of citizens.",
                        ],
                        "ar": [
                            "## الدستور – أهم قانون في البلاد",
                            "<b>الدستور (Grundloven)</b> هو القانون الأساسي للدنمارك. وُقّع أول دستور في 5 يونيو 1849، ولهذا يُحتفل بيوم الدستور في 5 يونيو. أما الدستور الحالي فيعود إلى عام 1953. يصف الدستور طريقة حكم البلاد، ويمنح المواطنين عددًا من الحريات الأساسية، مثل حرية التعبير وحرية الدين.",
                            "يقسم الدستور السلطة إلى ثلاثة أجزاء، ويسمى ذلك <i>الفصل بين السلطات</i>:",
                            "- <b>السلطة التشريعية</b>: البرلمان يقرّ القوانين.",
                            "- <b>السلطة التنفيذية</b>: الحكومة والوزراء يحرصون على تطبيق القوانين.",
                            "- <b>السلطة القضائية</b>: المحاكم تحكم في القضايا الجنائية وتفصل في النزاعات بين الناس. والقضاة مستقلون عن السياسيين.",
                            "عندما تكون السلطة مقسّمة، لا يستطيع شخص واحد أو مجموعة واحدة أن تملك كل السلطة. وهذا يحمي حرية المواطنين.",
                        ],
                        "uk": [
                            "## Конституція – найважливіший закон країни",
                            "<b>Конституція (Grundloven)</b> – це основний закон Данії. Першу конституцію підписали 5 червня 1849 року, тому День Конституції відзначають 5 червня. Чинна конституція діє з 1953 року. Вона описує, як має управлятися країна, і дає громадянам низку основних свобод, наприклад свободу слова та свободу віросповідання.",
                            "Конституція ділить владу на три частини. Це називають <i>поділом влади</i>:",
                            "- <b>Законодавча влада</b>: Фолькетинг ухвалює закони.",
                            "- <b>Виконавча влада</b>: уряд і міністри дбають про те, щоб закони виконувалися.",
                            "- <b>Судова влада</b>: суди розглядають кримінальні справи та вирішують спори між людьми. Судді незалежні від політиків.",
                            "Коли влада поділена, жодна людина чи група не може отримати всю владу. Це захищає свободу громадян.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "grundloven",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Folketinget",
                            "Folketinget er det danske parlament. Det holder til på Christiansborg i København. Det har 179 medlemmer: 175 er valgt i Danmark, 2 på Færøerne og 2 i Grønland. De fleste af dem er med i et parti.",
                            "Der skal være folketingsvalg mindst hvert fjerde år. Men statsministeren kan udskrive valg før tid. Et parti skal have mindst 2 procent af stemmerne for at komme ind. Det kaldes spærregrænsen. Der er mange partier. Derfor har ét parti næsten aldrig flertal alene. Partierne må altså arbejde sammen og lave aftaler. Det sker tit på tværs af højre og venstre.",
                        ],
                        "en": [
                            "## The Folketing",
                            "The Folketing is Denmark’s parliament. It meets at Christiansborg Palace in Copenhagen. The Folketing has 179 members: 175 are elected in Denmark, 2 in the Faroe Islands and 2 in Greenland. Most members belong to a political party.",
                            "There must be a general election at least every four years, but the prime minister can call an election earlier. A party must get at least 2 percent of the votes to enter the Folketing. This is called the electoral threshold. Because there are many parties, one party almost never has a majority on its own. The parties therefore have to cooperate and make agreements – often across the political left and right.",
                        ],
                        "ar": [
                            "## البرلمان (Folketinget)",
                            "البرلمان (Folketinget) هو برلمان الدنمارك، ومقرّه قصر كريستيانسبورغ (Christiansborg) في كوبنهاغن. يضم البرلمان 179 عضوًا: 175 منهم يُنتخبون في الدنمارك، و2 في جزر فارو، و2 في غرينلاند. ومعظم الأعضاء ينتمون إلى أحزاب سياسية.",
                            "يجب إجراء انتخابات برلمانية مرة كل أربع سنوات على الأقل، لكن رئيس الوزراء يستطيع الدعوة إلى انتخابات مبكرة. ويجب أن يحصل الحزب على 2 في المئة من الأصوات على الأقل ليدخل البرلمان، ويسمى هذا نسبة الحسم. وبما أن هناك أحزابًا كثيرة، فنادرًا جدًا ما يحصل حزب واحد على الأغلبية وحده. لذلك يجب على الأحزاب أن تتعاون وتعقد اتفاقات، وغالبًا بين أحزاب من اليمين واليسار.",
                        ],
                        "uk": [
                            "## Фолькетинг",
                            "Фолькетинг (Folketinget) – це парламент Данії. Він засідає в палаці Крістіансборг (Christiansborg) у Копенгагені. У Фолькетингу 179 депутатів: 175 обирають у Данії, 2 – на Фарерських островах і 2 – у Гренландії. Більшість депутатів належать до політичних партій.",
                            "Парламентські вибори мають відбуватися щонайменше раз на чотири роки, але прем’єр-міністр може оголосити їх раніше. Щоб потрапити до Фолькетингу, партія має отримати щонайменше 2 відсотки голосів. Це називають виборчим бар’єром. Оскільки партій багато, одна партія майже ніколи не має більшості сама. Тому партії мусять співпрацювати й домовлятися – часто з партіями як лівих, так і правих поглядів.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "m01-folketinget",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Regeringen",
                            "Regeringen består af statsministeren og ministrene. Statsministeren leder den. Hver minister har ansvar for et område, som job, sundhed eller skat. Ministeren får hjælp af de ansatte i sit ministerium.",
                            "Regeringen kan bestå af ét eller flere partier. Den behøver ikke et flertal i Folketinget bag sig. Men der må ikke være et flertal imod den. Et flertal kan sige, at det ikke har tillid til statsministeren. Så skal regeringen gå af, eller der skal udskrives valg.",
                        ],
                        "en": [
                            "## The government",
                            "The government is made up of the prime minister and the ministers. The prime minister leads the government. Each minister is responsible for one area, for example employment, health or taxation, and has a ministry with staff who help.",
                            "The government can consist of one or more parties. It does not need a majority in the Folketing behind it, but there must not be a majority against it. If a majority in the Folketing passes a vote of no confidence in the prime minister, the government must resign or an election must be called.",
                        ],
                        "ar": [
                            "## الحكومة",
                            "تتكون الحكومة من رئيس الوزراء والوزراء، ويقود رئيس الوزراء الحكومة. كل وزير مسؤول عن مجال معيّن، مثل التوظيف أو الصحة أو الضرائب، وله وزارة فيها موظفون يساعدونه.",
                            "يمكن أن تتكون الحكومة من حزب واحد أو من عدة أحزاب. ولا يلزم أن تدعمها أغلبية في البرلمان، لكن يجب ألا تكون هناك أغلبية ضدها. وإذا صوّتت أغلبية في البرلمان على حجب الثقة عن رئيس الوزراء، يجب أن تستقيل الحكومة أو تُجرى انتخابات جديدة.",
                        ],
                        "uk": [
                            "## Уряд",
                            "Уряд складається з прем’єр-міністра та міністрів. Прем’єр-міністр керує урядом. Кожен міністр відповідає за певну сферу, наприклад зайнятість, охорону здоров’я чи податки, і має міністерство з працівниками, які допомагають.",
                            "Уряд може складатися з однієї або кількох партій. Йому не обов’язково мати підтримку більшості у Фолькетингу, але не повинно бути більшості проти нього. Якщо більшість Фолькетингу висловить недовіру прем’єр-міністрові, уряд мусить піти у відставку або мають бути оголошені вибори.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan bliver en lov til",
                            "1. En minister eller et medlem af Folketinget kommer med et lovforslag.",
                            "2. Folketinget taler om det. Det skal behandles tre gange.",
                            "3. Mellem behandlingerne ser et udvalg på forslaget. Det stiller også spørgsmål til ministeren.",
                            "4. Til sidst stemmer medlemmerne. Hvis de fleste siger ja, bliver det en lov.",
                            "5. Kongen og en minister skriver under på loven. Når den er offentliggjort, gælder den for alle.",
                            "Folketingets møder er åbne for alle. Du kan følge dem på ft.dk eller i tv. Du kan også se dem fra tilhørerpladserne på Christiansborg.",
                        ],
                        "en": [
                            "## How a law is made",
                            "1. A minister or a member of the Folketing puts forward a bill.",
                            "2. The Folketing debates the bill. A bill must be read three times in the Folketing.",
                            "3. Between the readings, a committee works on the bill and asks the minister questions.",
                            "4. Finally, the members vote. If a majority votes yes, the bill is passed.",
                            "5. The king and a minister sign the law. Once it has been published, it applies to everyone.",
                            "The meetings of the Folketing are open to the public. You can follow them on ft.dk, on TV or from the public gallery at Christiansborg.",
                        ],
                        "ar": [
                            "## كيف يصدر القانون",
                            "1. يقدّم أحد الوزراء أو أحد أعضاء البرلمان مشروع قانون.",
                            "2. يناقش البرلمان المشروع. ويجب أن يُقرأ مشروع القانون ثلاث مرات في البرلمان.",
                            "3. بين القراءات تعمل لجنة على المشروع وتطرح أسئلة على الوزير.",
                            "4. في النهاية يصوّت أعضاء البرلمان. وإذا صوّتت الأغلبية بنعم، يُقرّ المشروع.",
                            "5. يوقّع الملك ووزير على القانون. وبعد نشره يصبح ساريًا على الجميع.",
                            "جلسات البرلمان علنية. يمكنك متابعتها على موقع ft.dk أو على التلفزيون أو من مقاعد الجمهور في كريستيانسبورغ.",
                        ],
                        "uk": [
                            "## Як ухвалюють закон",
                            "1. Міністр або депутат Фолькетингу вносить законопроєкт.",
                            "2. Фолькетинг обговорює законопроєкт. Його мають розглянути у Фолькетингу тричі.",
                            "3. Між читаннями комітет працює над законопроєктом і ставить запитання міністрові.",
                            "4. Наприкінці депутати голосують. Якщо більшість голосує «за», законопроєкт ухвалено.",
                            "5. Король і міністр підписують закон. Після оприлюднення він діє для всіх.",
                            "Засідання Фолькетингу відкриті. Їх можна дивитися на ft.dk, по телебаченню або з місць для публіки в Крістіансборзі.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Vigtige fakta",
                        "en": "Key facts",
                        "ar": "حقائق مهمة",
                        "uk": "Важливі факти",
                    },
                    "facts": {
                        "da": [
                            "Den første grundlov er fra 5. juni 1849. Den nuværende er fra 1953.",
                            "Folketinget har 179 medlemmer.",
                            "Der skal være folketingsvalg mindst hvert fjerde år.",
                            "Et parti skal have mindst 2 procent af stemmerne for at komme i Folketinget.",
                            "Domstolene er uafhængige af regeringen og Folketinget.",
                        ],
                        "en": [
                            "The first Constitution dates from 5 June 1849. The current one dates from 1953.",
                            "The Folketing has 179 members.",
                            "There must be a general election at least every four years.",
                            "A party needs at least 2 percent of the votes to enter the Folketing.",
                            "The courts are independent of the government and the Folketing.",
                        ],
                        "ar": [
                            "يعود أول دستور إلى 5 يونيو 1849، والدستور الحالي إلى عام 1953.",
                            "يضم البرلمان (Folketinget) 179 عضوًا.",
                            "يجب إجراء انتخابات برلمانية مرة كل أربع سنوات على الأقل.",
                            "يحتاج الحزب إلى 2 في المئة من الأصوات على الأقل ليدخل البرلمان.",
                            "المحاكم مستقلة عن الحكومة والبرلمان.",
                        ],
                        "uk": [
                            "Першу конституцію ухвалили 5 червня 1849 року. Чинна діє з 1953 року.",
                            "У Фолькетингу 179 депутатів.",
                            "Парламентські вибори мають відбуватися щонайменше раз на чотири роки.",
                            "Щоб потрапити до Фолькетингу, партії потрібно щонайменше 2 відсотки голосів.",
                            "Суди незалежні від уряду та Фолькетингу.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Vil du vide mere?",
                        "en": "Want to know more?",
                        "ar": "هل تريد أن تعرف المزيد؟",
                        "uk": "Хочете дізнатися більше?",
                    },
                    "intro": {
                        "da": "På disse hjemmesider kan du følge Folketingets arbejde og læse mere om, hvordan Danmark bliver styret.",
                        "en": "On these websites you can follow the work of the Folketing and read more about how Denmark is governed.",
                        "ar": "على هذه المواقع يمكنك متابعة عمل البرلمان وقراءة المزيد عن طريقة حكم الدنمارك.",
                        "uk": "На цих сайтах можна стежити за роботою Фолькетингу й дізнатися більше про те, як керують Данією.",
                    },
                    "resources": [
                        "m01-ft-dk",
                        "borger-dk",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvordan bliver dit hjemland styret? Hvad er det samme som i Danmark, og hvad er anderledes?",
                        "en": "How is your home country governed? What is the same as in Denmark, and what is different?",
                        "ar": "كيف تُحكم بلدك الأصلي؟ ما الذي يشبه الدنمارك، وما الذي يختلف عنها؟",
                        "uk": "Як керують вашою країною походження? Що там так само, як у Данії, а що інакше?",
                    },
                    "hint": {
                        "da": "Tænk på valg, på hvem der laver lovene, og på om dommerne er uafhængige af politikerne.",
                        "en": "Think about elections, about who makes the laws, and about whether judges are independent of the politicians.",
                        "ar": "فكّر في الانتخابات، ومن يضع القوانين، وهل القضاة مستقلون عن السياسيين.",
                        "uk": "Подумайте про вибори, про те, хто ухвалює закони, і чи судді незалежні від політиків.",
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
                                "da": "Hvor mange medlemmer har Folketinget?",
                                "en": "How many members does the Folketing have?",
                                "ar": "كم عدد أعضاء البرلمان (Folketinget)؟",
                                "uk": "Скільки депутатів у Фолькетингу?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "98",
                                        "en": "98",
                                        "ar": "98",
                                        "uk": "98",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "150",
                                        "en": "150",
                                        "ar": "150",
                                        "uk": "150",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "179",
                                        "en": "179",
                                        "ar": "179",
                                        "uk": "179",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "200",
                                        "en": "200",
                                        "ar": "200",
                                        "uk": "200",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Folketinget har 179 medlemmer: 175 fra Danmark, 2 fra Færøerne og 2 fra Grønland.",
                                "en": "The Folketing has 179 members: 175 from Denmark, 2 from the Faroe Islands and 2 from Greenland.",
                                "ar": "يضم البرلمان 179 عضوًا: 175 من الدنمارك، و2 من جزر فارو، و2 من غرينلاند.",
                                "uk": "У Фолькетингу 179 депутатів: 175 від Данії, 2 від Фарерських островів і 2 від Гренландії.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem vedtager lovene i Danmark?",
                                "en": "Who passes the laws in Denmark?",
                                "ar": "من يقرّ القوانين في الدنمارك؟",
                                "uk": "Хто ухвалює закони в Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kongen alene",
                                        "en": "The king alone",
                                        "ar": "الملك وحده",
                                        "uk": "Лише король",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Folketinget",
                                        "en": "The Folketing",
                                        "ar": "البرلمان (Folketinget)",
                                        "uk": "Фолькетинг",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Domstolene",
                                        "en": "The courts",
                                        "ar": "المحاكم",
                                        "uk": "Суди",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kommunerne",
                                        "en": "The municipalities",
                                        "ar": "البلديات",
                                        "uk": "Комуни",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Folketinget er den lovgivende magt. Kongen skriver under på lovene, men træffer ikke politiske beslutninger.",
                                "en": "The Folketing holds the legislative power. The king signs the laws but does not make political decisions.",
                                "ar": "البرلمان هو السلطة التشريعية. الملك يوقّع على القوانين لكنه لا يتخذ القرارات السياسية.",
                                "uk": "Фолькетинг – це законодавча влада. Король підписує закони, але не ухвалює політичних рішень.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor tit skal der mindst være folketingsvalg?",
                                "en": "At least how often must a general election be held?",
                                "ar": "كل كم سنة يجب إجراء انتخابات برلمانية على الأقل؟",
                                "uk": "Як часто щонайменше мають відбуватися парламентські вибори?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Hvert andet år",
                                        "en": "Every two years",
                                        "ar": "كل سنتين",
                                        "uk": "Кожні два роки",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Hvert fjerde år",
                                        "en": "Every four years",
                                        "ar": "كل أربع سنوات",
                                        "uk": "Кожні чотири роки",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Hvert sjette år",
                                        "en": "Every six years",
                                        "ar": "كل ست سنوات",
                                        "uk": "Кожні шість років",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Når kongen bestemmer det",
                                        "en": "When the king decides",
                                        "ar": "عندما يقرر الملك ذلك",
                                        "uk": "Коли вирішить король",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Der skal være valg mindst hvert fjerde år. Statsministeren kan udskrive valg tidligere.",
                                "en": "An election must be held at least every four years. The prime minister can call an election earlier.",
                                "ar": "يجب إجراء الانتخابات مرة كل أربع سنوات على الأقل، ويمكن لرئيس الوزراء أن يدعو إلى انتخابات مبكرة.",
                                "uk": "Вибори мають відбуватися щонайменше раз на чотири роки. Прем’єр-міністр може оголосити їх раніше.",
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
                                        "da": "Dommerne dømmer efter loven, uden at politikerne blander sig",
                                        "en": "Judges rule according to the law without interference from politicians",
                                        "ar": "يحكم القضاة وفق القانون دون تدخل من السياسيين",
                                        "uk": "Судді ухвалюють рішення згідно із законом, а політики не втручаються",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Regeringen vælger nye dommere hvert år",
                                        "en": "The government chooses new judges every year",
                                        "ar": "تختار الحكومة قضاة جددًا كل سنة",
                                        "uk": "Уряд щороку обирає нових суддів",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Domstolene laver selv lovene",
                                        "en": "The courts make the laws themselves",
                                        "ar": "المحاكم تضع القوانين بنفسها",
                                        "uk": "Суди самі ухвалюють закони",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Domstolene er den dømmende magt. Politikerne må ikke bestemme, hvordan dommerne afgør en sag.",
                                "en": "The courts are the judicial power. Politicians must not decide how judges rule in a case.",
                                "ar": "المحاكم هي السلطة القضائية، ولا يحق للسياسيين أن يقرروا كيف يحكم القضاة في قضية ما.",
                                "uk": "Суди – це судова влада. Політики не можуть вирішувати, яке рішення ухвалить суддя у справі.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "municipalities-regions-and-voting",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Kommuner, regioner og din stemme",
                "en": "Municipalities, regions and your vote",
                "ar": "البلديات والأقاليم وصوتك",
                "uk": "Комуни, регіони та ваш голос",
            },
            "intro": {
                "da": "Lær, hvad kommunen og regionen gør, hvem der kan stemme til de forskellige valg, og hvordan du stemmer.",
                "en": "Learn what the municipality and the region do, who can vote in the different elections, and how to vote.",
                "ar": "تعرّف على ما تقوم به البلدية والإقليم، ومن يحق له التصويت في الانتخابات المختلفة، وكيف تصوّت.",
                "uk": "Дізнайтеся, що роблять комуна й регіон, хто може голосувати на різних виборах і як голосувати.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tre niveauer: staten, regionerne og kommunerne",
                            "Danmark bliver styret på tre niveauer. <b>Staten</b> laver love og regler for hele landet. Staten er Folketinget, regeringen og ministerierne. <b>Regionerne</b> tager sig mest af sundhed. <b>Kommunerne</b> tager sig af mange af de ting, du møder hver dag.",
                            "Mange beslutninger bliver altså taget tæt på borgerne. De bliver taget af politikere, som borgerne selv har valgt. Det kaldes det kommunale selvstyre.",
                        ],
                        "en": [
                            "## Three levels: the state, the regions and the municipalities",
                            "Denmark is governed at three levels. The <b>state</b> – the Folketing, the government and the ministries – makes laws and rules for the whole country. The <b>regions</b> mainly take care of health. The <b>municipalities</b> take care of many of the things you meet in your everyday life.",
                            "This means that many decisions are made close to the citizens, by politicians the citizens have elected themselves. This is called local self-government.",
                        ],
                        "ar": [
                            "## ثلاثة مستويات: الدولة والأقاليم والبلديات",
                            "تُحكم الدنمارك على ثلاثة مستويات. <b>الدولة</b>، أي البرلمان والحكومة والوزارات، تضع القوانين والقواعد للبلد كله. <b>الأقاليم (regioner)</b> تهتم بالصحة قبل كل شيء. <b>البلديات (kommuner)</b> تهتم بكثير من الأمور التي تصادفها في حياتك اليومية.",
                            "وهكذا تُتخذ قرارات كثيرة قريبًا من المواطنين، على يد سياسيين انتخبهم المواطنون أنفسهم. ويسمى هذا الحكم الذاتي المحلي.",
                        ],
                        "uk": [
                            "## Три рівні: держава, регіони та комуни",
                            "Данією керують на трьох рівнях. <b>Держава</b> – Фолькетинг, уряд і міністерства – ухвалює закони й правила для всієї країни. <b>Регіони (regioner)</b> насамперед відповідають за охорону здоров’я. <b>Комуни (kommuner)</b> займаються багатьма речами, з якими ви стикаєтеся щодня.",
                            "Отже, багато рішень ухвалюють близько до громадян політики, яких громадяни самі обрали. Це називають місцевим самоврядуванням.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Kommunen",
                            "Danmark har 98 kommuner. Den kommune, du bor i, er den myndighed, du har mest kontakt med. Her er nogle af de ting, kommunen tager sig af:",
                            "- folkeskolen og dagtilbud som dagpleje, vuggestue og børnehave",
                            "- pleje af ældre og hjemmehjælp",
                            "- jobcenteret og hjælp til ledige",
                            "- integration og danskuddannelse for nye borgere",
                            "- biblioteker, lokale veje og affald",
                            "Kommunen bliver ledet af <b>kommunalbestyrelsen</b>. I mange kommuner hedder den byrådet. Borgmesteren er formand for den. Du møder tit kommunen i Borgerservice. Her kan du få hjælp til ting som sundhedskort, MitID og flytning.",
                        ],
                        "en": [
                            "## The municipality",
                            "Denmark has 98 municipalities (kommuner). The municipality you live in is the public authority you have most contact with. The municipality takes care of, for example:",
                            "- the folkeskole (public school) and daycare such as childminders (dagpleje), nurseries (vuggestue) and kindergartens (børnehave)",
                            "- care for older people and home help",
                            "- the jobcentre and help for unemployed people",
                            "- integration and Danish language education for new residents",
                            "- libraries, local roads and waste collection",
                            "The municipality is led by the <b>municipal council</b> (kommunalbestyrelse), which in many municipalities is called the city council (byråd). The mayor (borgmester) chairs the council. You often meet the municipality at Borgerservice (citizen service centre), where you can get help with things like your health card, MitID and moving house.",
                        ],
                        "ar": [
                            "## البلدية",
                            "في الدنمارك 98 بلدية. البلدية التي تسكن فيها هي الجهة الرسمية التي تتعامل معها أكثر من غيرها. تهتم البلدية مثلًا بما يلي:",
                            "- المدرسة الحكومية (folkeskole) ورعاية الأطفال النهارية (dagtilbud) مثل الرعاية المنزلية (dagpleje) والحضانة (vuggestue) وروضة الأطفال (børnehave)",
                            "- رعاية كبار السن والمساعدة المنزلية",
                            "- مركز العمل (jobcenter) ومساعدة العاطلين عن العمل",
                            "- الاندماج وبرنامج تعليم اللغة الدنماركية للقادمين الجدد",
                            "- المكتبات والطرق المحلية وجمع النفايات",
                            "يدير البلدية <b>المجلس البلدي (kommunalbestyrelse)</b>، ويسمى في كثير من البلديات مجلس المدينة (byråd). ويرأس المجلسَ رئيسُ البلدية (borgmester). وكثيرًا ما تتعامل مع البلدية في مكتب خدمة المواطنين (Borgerservice)، حيث يمكنك الحصول على المساعدة في أمور مثل بطاقة الصحة وMitID وتسجيل الانتقال إلى سكن جديد.",
                        ],
                        "uk": [
                            "## Комуна",
                            "У Данії 98 комун. Комуна, в якій ви живете, – це державна установа, з якою ви контактуєте найчастіше. Комуна відповідає, наприклад, за:",
                            "- загальноосвітню школу (folkeskole) і денний догляд за дітьми (dagtilbud): догляд у сім'ї вихователя (dagpleje), ясла (vuggestue) та дитячий садок (børnehave)",
                            "- догляд за літніми людьми та допомогу вдома",
                            "- центр зайнятості (jobcenter) і допомогу безробітним",
                            "- інтеграцію та курси данської мови для новоприбулих",
                            "- бібліотеки, місцеві дороги та вивезення сміття",
                            "Комуною керує <b>муніципальна рада (kommunalbestyrelse)</b>, яку в багатьох комунах називають міською радою (byråd). Раду очолює мер (borgmester). З комуною ви часто маєте справу у Службі для громадян (Borgerservice), де можна отримати допомогу, наприклад, з медичною карткою, MitID або реєстрацією переїзду.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "m01-kommunalbestyrelse",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Regionen",
                            "I 2026 har Danmark fem regioner: Region Hovedstaden, Region Sjælland, Region Syddanmark, Region Midtjylland og Region Nordjylland. Deres vigtigste opgave er sundhed. De driver hospitalerne og psykiatrien. De har også ansvar for aftalerne med de praktiserende læger.",
                            "Hver region bliver ledet af et regionsråd, som borgerne vælger. Med en sundhedsreform bliver Region Hovedstaden og Region Sjælland lagt sammen. Fra 1. januar 2027 bliver de til én region, Region Østdanmark.",
                        ],
                        "en": [
                            "## The region",
                            "In 2026 Denmark has five regions: the Capital Region (Region Hovedstaden), Region Zealand (Region Sjælland), the Region of Southern Denmark (Region Syddanmark), Central Denmark Region (Region Midtjylland) and North Denmark Region (Region Nordjylland). The most important task of the regions is health. They run the hospitals and psychiatric care, and they are responsible for the agreements with general practitioners (GPs).",
                            "Each region is led by a regional council (regionsråd), which the citizens elect. Under a health reform, the Capital Region and Region Zealand will be merged into one region, Region East Denmark (Region Østdanmark), from 1 January 2027.",
                        ],
                        "ar": [
                            "## الإقليم",
                            "في عام 2026 توجد في الدنمارك خمسة أقاليم: إقليم العاصمة (Region Hovedstaden)، وإقليم شيلاند (Region Sjælland)، وإقليم جنوب الدنمارك (Region Syddanmark)، وإقليم وسط يولاند (Region Midtjylland)، وإقليم شمال يولاند (Region Nordjylland). وأهم مهمة للأقاليم هي الصحة، فهي تدير المستشفيات والطب النفسي، وهي مسؤولة عن الاتفاقات مع أطباء الأسرة.",
                            "يدير كلَّ إقليم مجلسٌ إقليمي (regionsråd) ينتخبه المواطنون. وبموجب إصلاح صحي، سيُدمج إقليم العاصمة وإقليم شيلاند في إقليم واحد هو إقليم شرق الدنمارك (Region Østdanmark) ابتداءً من 1 يناير 2027.",
                        ],
                        "uk": [
                            "## Регіон",
                            "У 2026 році в Данії п’ять регіонів: Столичний регіон (Region Hovedstaden), регіон Зеландія (Region Sjælland), регіон Південна Данія (Region Syddanmark), регіон Центральна Ютландія (Region Midtjylland) і регіон Північна Ютландія (Region Nordjylland). Найважливіше завдання регіонів – охорона здоров’я. Вони керують лікарнями та психіатричною допомогою і відповідають за угоди із сімейними лікарями.",
                            "Кожним регіоном керує регіональна рада (regionsråd), яку обирають громадяни. Згідно з реформою охорони здоров’я, з 1 січня 2027 року Столичний регіон і регіон Зеландія об’єднають в один регіон – Східна Данія (Region Østdanmark).",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvem kan stemme?",
                            "Du skal være fyldt 18 år for at stemme. Ellers er reglerne ikke de samme ved alle valg:",
                            "- <b>Folketingsvalg og folkeafstemninger</b>: Her kan kun danske statsborgere stemme. Som regel skal de også bo i Danmark.",
                            "- <b>Kommunal- og regionsvalg</b>: Her kan du stemme, hvis du bor fast i kommunen. Du skal også være dansk statsborger eller statsborger i et andet EU-land, Island eller Norge. Er du statsborger i et andet land? Så kan du stemme, hvis du har boet fast i Danmark hele tiden i de sidste 4 år før valgdagen.",
                            "- <b>Europa-Parlamentsvalg</b>: Her kan danske statsborgere og statsborgere fra andre EU-lande, som bor i Danmark, stemme. Der gælder nogle bestemte regler.",
                            "Nogle få personer har ikke stemmeret til kommunal- og regionsvalg. Det kan være udlændinge, der er udvist. De to valg bliver holdt samme dag hvert fjerde år i november. Sidste gang var i november 2025. Næste gang er i 2029. Hvis du har stemmeret, kommer du automatisk på valglisten. Du kan læse de præcise regler på borger.dk.",
                        ],
                        "en": [
                            "## Who can vote?",
                            "You must be 18 or older to vote. Apart from that, the rules are different for different elections:",
                            "- <b>General elections and referendums</b>: only Danish citizens can vote. As a rule, they must also live in Denmark.",
                            "- <b>Municipal and regional elections</b>: you can vote if you live permanently in the municipality and are a Danish citizen or a citizen of another EU country, Iceland or Norway. If you are a citizen of another country, you can vote if you have had your permanent residence in Denmark without interruption for the last 4 years before election day.",
                            "- <b>European Parliament elections</b>: Danish citizens and citizens of other EU countries who live in Denmark can vote, under certain rules.",
                            "A few people do not have the right to vote in municipal and regional elections, for example foreign nationals who have been expelled. Municipal and regional elections are held on the same day every four years in November. The last ones were in November 2025, and the next ones will be in 2029. If you have the right to vote, you are automatically put on the electoral register. You can read the exact rules on borger.dk.",
                        ],
                        "ar": [
                            "## من يحق له التصويت؟",
                            "يجب أن يكون عمرك 18 سنة أو أكثر لكي تصوّت. وفيما عدا ذلك تختلف القواعد من انتخابات إلى أخرى:",
                            "- <b>الانتخابات البرلمانية والاستفتاءات الشعبية</b>: يحق التصويت فيها للمواطنين الدنماركيين فقط. وكقاعدة عامة يجب أن يكونوا مقيمين في الدنمارك أيضًا.",
                            "- <b>الانتخابات البلدية والإقليمية</b>: يحق لك التصويت إذا كنت تسكن بشكل دائم في البلدية وكنت مواطنًا دنماركيًا أو مواطنًا في دولة أخرى من الاتحاد الأوروبي أو آيسلندا أو النرويج. وإذا كنت مواطنًا في دولة أخرى، يحق لك التصويت إذا كان سكنك الدائم في الدنمارك متواصلًا دون انقطاع خلال السنوات الأربع الأخيرة قبل يوم الانتخابات.",
                            "- <b>انتخابات البرلمان الأوروبي</b>: يحق التصويت فيها للمواطنين الدنماركيين ولمواطني دول الاتحاد الأوروبي الأخرى المقيمين في الدنمارك، وفق قواعد معيّنة.",
                            "هناك عدد قليل من الأشخاص لا يحق لهم التصويت في الانتخابات البلدية والإقليمية، مثل الأجانب الذين صدر بحقهم قرار طرد. تُجرى الانتخابات البلدية والإقليمية في اليوم نفسه مرة كل أربع سنوات في شهر نوفمبر. وكانت آخر انتخابات في نوفمبر 2025، والانتخابات القادمة في عام 2029. إذا كان لك حق التصويت، يُسجَّل اسمك تلقائيًا في قائمة الناخبين. ويمكنك قراءة القواعد الدقيقة على موقع borger.dk.",
                        ],
                        "uk": [
                            "## Хто може голосувати?",
                            "Щоб голосувати, вам має бути щонайменше 18 років. В іншому правила для різних виборів відрізняються:",
                            "- <b>Парламентські вибори та референдуми</b>: голосувати можуть лише громадяни Данії. Як правило, вони також мають проживати в Данії.",
                            "- <b>Муніципальні та регіональні вибори</b>: ви можете голосувати, якщо постійно проживаєте в комуні та є громадянином Данії або іншої країни ЄС, Ісландії чи Норвегії. Якщо ви громадянин іншої країни, ви можете голосувати, якщо останні 4 роки перед днем виборів без перерви мали постійне місце проживання в Данії.",
                            "- <b>Вибори до Європейського парламенту</b>: голосувати можуть громадяни Данії та громадяни інших країн ЄС, які живуть у Данії, за певними правилами.",
                            "Деякі люди не мають права голосу на муніципальних і регіональних виборах, наприклад іноземці, щодо яких ухвалено рішення про видворення. Муніципальні та регіональні вибори проводять в один день раз на чотири роки в листопаді. Останні відбулися в листопаді 2025 року, наступні будуть у 2029 році. Якщо ви маєте право голосу, вас автоматично вносять до списку виборців. Точні правила можна прочитати на borger.dk.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan stemmer du",
                            "Før valget får du et valgkort i Digital Post eller med posten. På kortet står der, hvor dit valgsted er. Tag valgkortet med. Har du glemt det, kan du stadig stemme. Så skal du vise legitimation. Det kan være dit sundhedskort, pas eller kørekort.",
                            "Valget er hemmeligt. Du sætter dit kryds alene i stemmeboksen. Ingen må se, hvad du stemmer. Det er dig selv, der vælger – ikke din familie, din arbejdsgiver eller nogen anden. Du kan få hjælp på valgstedet, hvis du har brug for det.",
                            "Kan du ikke komme til valgstedet på valgdagen? Så kan du brevstemme i ugerne før valget. Det kan du blandt andet gøre i Borgerservice.",
                            "Demokrati er mere end valg. Du kan også være med i en forening. Du kan stille op til skolebestyrelsen på dit barns skole. Du kan også stille op til forældrebestyrelsen i daginstitutionen. Og du kan skrive til politikerne i din kommune om det, der betyder noget for dig.",
                        ],
                        "en": [
                            "## How to vote",
                            "Before the election you receive a polling card (valgkort) in Digital Post or by post. It tells you where your polling station is. Bring the polling card with you. If you have forgotten it, you can still vote if you show ID, for example your health card, passport or driving licence.",
                            "The vote is secret. You make your cross alone in the voting booth, and no one may see how you vote. You decide for yourself – not your family, your employer or anyone else. If you need help to vote, you can get help at the polling station.",
                            "If you cannot get to the polling station on election day, you can vote in advance (brevstemme) in the weeks before the election, for example at Borgerservice.",
                            "Democracy is more than elections. You can also join an association, stand for election to the school board at your child’s school or to the parents’ board at the childcare centre, and you can write to the politicians in your municipality about the things that matter to you.",
                        ],
                        "ar": [
                            "## كيف تصوّت",
                            "قبل الانتخابات تصلك بطاقة الاقتراع (valgkort) عبر البريد الرقمي (Digital Post) أو بالبريد العادي. وتبيّن البطاقة مكان مركز الاقتراع الخاص بك. خذ البطاقة معك. وإذا نسيتها، يمكنك أن تصوّت مع ذلك إذا أظهرت وثيقة هوية، مثل بطاقة الصحة أو جواز السفر أو رخصة القيادة.",
                            "التصويت سري. تضع علامتك وحدك في مقصورة التصويت، ولا يحق لأحد أن يرى لمن تصوّت. أنت وحدك من يقرر، وليس عائلتك أو صاحب العمل أو أي شخص آخر. وإذا احتجت إلى مساعدة في التصويت، يمكنك الحصول عليها في مركز الاقتراع.",
                            "إذا لم تستطع الذهاب إلى مركز الاقتراع يوم الانتخابات، يمكنك التصويت المبكر (brevstemme) في الأسابيع التي تسبق الانتخابات، مثلًا في مكتب خدمة المواطنين (Borgerservice).",
                            "الديمقراطية أكثر من مجرد انتخابات. يمكنك أيضًا أن تنضم إلى جمعية، أو أن تترشح لمجلس المدرسة في مدرسة طفلك أو لمجلس أولياء الأمور في مؤسسة رعاية الأطفال، ويمكنك أن تكتب إلى السياسيين في بلديتك عن الأمور التي تهمّك.",
                        ],
                        "uk": [
                            "## Як голосувати",
                            "Перед виборами ви отримуєте запрошення на вибори (valgkort) у Digital Post або звичайною поштою. У ньому вказано, де ваша виборча дільниця. Візьміть запрошення з собою. Якщо ви його забули, ви все одно можете проголосувати, якщо покажете документ, що посвідчує особу, наприклад медичну картку, паспорт або водійське посвідчення.",
                            "Голосування таємне. Ви ставите позначку самі в кабінці для голосування, і ніхто не має права бачити, за кого ви голосуєте. Вирішуєте ви самі – не ваша родина, не роботодавець і не хтось інший. Якщо вам потрібна допомога, щоб проголосувати, ви можете отримати її на виборчій дільниці.",
                            "Якщо ви не можете прийти на дільницю в день виборів, можна проголосувати достроково (brevstemme) протягом кількох тижнів перед виборами, наприклад у Borgerservice.",
                            "Демократія – це більше, ніж вибори. Ви також можете вступити до громадського об’єднання, балотуватися до шкільної ради в школі вашої дитини або до батьківської ради в дитячому закладі, а також писати політикам вашої комуни про те, що для вас важливо.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Fakta om kommuner, regioner og valg",
                        "en": "Facts about municipalities, regions and elections",
                        "ar": "حقائق عن البلديات والأقاليم والانتخابات",
                        "uk": "Факти про комуни, регіони та вибори",
                    },
                    "facts": {
                        "da": [
                            "Danmark har 98 kommuner og i 2026 fem regioner.",
                            "Kommunal- og regionsvalg er hvert fjerde år i november.",
                            "Du skal være fyldt 18 år for at stemme.",
                            "Statsborgere fra lande uden for EU, Island og Norge kan stemme til kommunal- og regionsvalg efter 4 års fast bopæl i Danmark.",
                            "Kun danske statsborgere kan stemme til folketingsvalg.",
                        ],
                        "en": [
                            "Denmark has 98 municipalities and, in 2026, five regions.",
                            "Municipal and regional elections are held every four years in November.",
                            "You must be 18 or older to vote.",
                            "Citizens of countries outside the EU, Iceland and Norway can vote in municipal and regional elections after 4 years of permanent residence in Denmark.",
                            "Only Danish citizens can vote in general elections.",
                        ],
                        "ar": [
                            "في الدنمارك 98 بلدية، وفي عام 2026 خمسة أقاليم.",
                            "تُجرى الانتخابات البلدية والإقليمية كل أربع سنوات في نوفمبر.",
                            "يجب أن يكون عمرك 18 سنة أو أكثر لكي تصوّت.",
                            "يحق لمواطني الدول من خارج الاتحاد الأوروبي وآيسلندا والنرويج التصويت في الانتخابات البلدية والإقليمية بعد 4 سنوات من السكن الدائم في الدنمارك.",
                            "المواطنون الدنماركيون فقط يحق لهم التصويت في الانتخابات البرلمانية.",
                        ],
                        "uk": [
                            "У Данії 98 комун і у 2026 році п’ять регіонів.",
                            "Муніципальні та регіональні вибори відбуваються раз на чотири роки в листопаді.",
                            "Щоб голосувати, вам має бути щонайменше 18 років.",
                            "Громадяни країн поза ЄС, Ісландією та Норвегією можуть голосувати на муніципальних і регіональних виборах після 4 років постійного проживання в Данії.",
                            "Голосувати на парламентських виборах можуть лише громадяни Данії.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find de præcise regler",
                        "en": "Find the exact rules",
                        "ar": "اعثر على القواعد الدقيقة",
                        "uk": "Знайдіть точні правила",
                    },
                    "intro": {
                        "da": "På borger.dk kan du læse om valg og stemmeret og finde din kommunes hjemmeside.",
                        "en": "On borger.dk you can read about elections and voting rights and find your municipality’s website.",
                        "ar": "على موقع borger.dk يمكنك أن تقرأ عن الانتخابات وحق التصويت، وأن تجد موقع بلديتك.",
                        "uk": "На borger.dk можна прочитати про вибори та право голосу й знайти сайт вашої комуни.",
                    },
                    "resources": [
                        "borger-dk",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilke opgaver fra kommunen har du eller din familie allerede mødt? Hvad ville du gerne sige til politikerne i din kommune?",
                        "en": "Which of the municipality’s services have you or your family already used? What would you like to say to the politicians in your municipality?",
                        "ar": "ما الخدمات البلدية التي استخدمتها أنت أو عائلتك حتى الآن؟ وماذا تحب أن تقول للسياسيين في بلديتك؟",
                        "uk": "Якими послугами комуни ви або ваша родина вже користувалися? Що ви хотіли б сказати політикам вашої комуни?",
                    },
                    "hint": {
                        "da": "Tænk for eksempel på Borgerservice, sprogcenteret, jobcenteret, skolen, børnehaven eller biblioteket.",
                        "en": "Think, for example, of Borgerservice, the language centre, the jobcentre, the school, the kindergarten or the library.",
                        "ar": "فكّر مثلًا في مكتب خدمة المواطنين، ومركز اللغة، ومركز العمل، والمدرسة، وروضة الأطفال، والمكتبة.",
                        "uk": "Подумайте, наприклад, про Borgerservice, мовний центр, центр зайнятості, школу, дитячий садок або бібліотеку.",
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
                                "da": "Hvor mange kommuner har Danmark?",
                                "en": "How many municipalities does Denmark have?",
                                "ar": "كم عدد البلديات في الدنمارك؟",
                                "uk": "Скільки комун у Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "5",
                                        "en": "5",
                                        "ar": "5",
                                        "uk": "5",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "50",
                                        "en": "50",
                                        "ar": "50",
                                        "uk": "50",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "98",
                                        "en": "98",
                                        "ar": "98",
                                        "uk": "98",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "179",
                                        "en": "179",
                                        "ar": "179",
                                        "uk": "179",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Danmark har 98 kommuner. 179 er antallet af medlemmer i Folketinget.",
                                "en": "Denmark has 98 municipalities. 179 is the number of members of the Folketing.",
                                "ar": "في الدنمارك 98 بلدية. أما 179 فهو عدد أعضاء البرلمان.",
                                "uk": "У Данії 98 комун. 179 – це кількість депутатів Фолькетингу.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er regionernes vigtigste opgave?",
                                "en": "What is the most important task of the regions?",
                                "ar": "ما أهم مهمة للأقاليم؟",
                                "uk": "Яке найважливіше завдання регіонів?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Folkeskolen",
                                        "en": "The folkeskole",
                                        "ar": "المدرسة الحكومية",
                                        "uk": "Загальноосвітня школа",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Sundhed og hospitaler",
                                        "en": "Health and hospitals",
                                        "ar": "الصحة والمستشفيات",
                                        "uk": "Охорона здоров’я та лікарні",
                                    },
                                    "correct": True,
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
                                {
                                    "text": {
                                        "da": "Skat",
                                        "en": "Taxes",
                                        "ar": "الضرائب",
                                        "uk": "Податки",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Regionerne driver blandt andet hospitalerne og psykiatrien. Folkeskolen hører under kommunerne.",
                                "en": "The regions run the hospitals and psychiatric care, among other things. The folkeskole is run by the municipalities.",
                                "ar": "تدير الأقاليم المستشفيات والطب النفسي وغيرها. أما المدرسة الحكومية فمن مسؤولية البلديات.",
                                "uk": "Регіони, зокрема, керують лікарнями та психіатричною допомогою. Загальноосвітня школа – це завдання комун.",
                            },
                        },
                        {
                            "question": {
                                "da": "Amal er fra Syrien og er ikke dansk statsborger. Hun har haft fast bopæl i Danmark i 5 år uden afbrydelse. Hvilke valg kan hun stemme til?",
                                "en": "Amal is from Syria and is not a Danish citizen. She has lived permanently in Denmark for 5 years without interruption. Which elections can she vote in?",
                                "ar": "أمل من سوريا وليست مواطنة دنماركية. وهي تسكن في الدنمارك بشكل دائم منذ 5 سنوات دون انقطاع. في أي انتخابات يحق لها أن تصوّت؟",
                                "uk": "Амаль із Сирії, вона не є громадянкою Данії. Вона вже 5 років без перерви постійно проживає в Данії. На яких виборах вона може голосувати?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kun folketingsvalg",
                                        "en": "Only general elections",
                                        "ar": "في الانتخابات البرلمانية فقط",
                                        "uk": "Лише на парламентських",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kommunal- og regionsvalg",
                                        "en": "Municipal and regional elections",
                                        "ar": "في الانتخابات البلدية والإقليمية",
                                        "uk": "На муніципальних і регіональних",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Alle valg",
                                        "en": "All elections",
                                        "ar": "في كل الانتخابات",
                                        "uk": "На всіх виборах",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingen valg",
                                        "en": "No elections",
                                        "ar": "لا يحق لها التصويت في أي انتخابات",
                                        "uk": "На жодних виборах",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Statsborgere fra lande uden for EU, Island og Norge kan stemme til kommunal- og regionsvalg efter 4 års fast bopæl. Folketingsvalg er kun for danske statsborgere.",
                                "en": "Citizens of countries outside the EU, Iceland and Norway can vote in municipal and regional elections after 4 years of permanent residence. General elections are only for Danish citizens.",
                                "ar": "يحق لمواطني الدول من خارج الاتحاد الأوروبي وآيسلندا والنرويج التصويت في الانتخابات البلدية والإقليمية بعد 4 سنوات من السكن الدائم. أما الانتخابات البرلمانية فهي للمواطنين الدنماركيين فقط.",
                                "uk": "Громадяни країн поза ЄС, Ісландією та Норвегією можуть голосувати на муніципальних і регіональних виборах після 4 років постійного проживання. Парламентські вибори – лише для громадян Данії.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem bestemmer, hvad du stemmer?",
                                "en": "Who decides how you vote?",
                                "ar": "من يقرر لمن تصوّت؟",
                                "uk": "Хто вирішує, за кого ви голосуєте?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Din ægtefælle",
                                        "en": "Your spouse",
                                        "ar": "زوجك أو زوجتك",
                                        "uk": "Ваш чоловік або дружина",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Du selv",
                                        "en": "You yourself",
                                        "ar": "أنت بنفسك",
                                        "uk": "Ви самі",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen",
                                        "en": "The municipality",
                                        "ar": "البلدية",
                                        "uk": "Комуна",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Din arbejdsgiver",
                                        "en": "Your employer",
                                        "ar": "صاحب العمل",
                                        "uk": "Ваш роботодавець",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Valget er hemmeligt, og du bestemmer selv. Ingen må presse dig eller se, hvad du stemmer.",
                                "en": "The vote is secret, and you decide for yourself. No one may pressure you or see how you vote.",
                                "ar": "التصويت سري، وأنت من يقرر. لا يحق لأحد أن يضغط عليك أو أن يرى لمن تصوّت.",
                                "uk": "Голосування таємне, і ви вирішуєте самі. Ніхто не має права тиснути на вас або бачити, як ви голосуєте.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "welfare-rights-and-duties",
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Velfærdssamfundet – rettigheder og pligter",
                "en": "The welfare state – rights and duties",
                "ar": "دولة الرفاه – الحقوق والواجبات",
                "uk": "Держава добробуту – права та обов’язки",
            },
            "intro": {
                "da": "Lær, hvordan skatten betaler for fælles velfærd, og hvilke rettigheder og pligter du har, når du bor i Danmark.",
                "en": "Learn how taxes pay for shared welfare, and which rights and duties you have when you live in Denmark.",
                "ar": "تعرّف على كيفية تمويل الضرائب للرفاه المشترك، وعلى الحقوق والواجبات التي لديك عندما تعيش في الدنمارك.",
                "uk": "Дізнайтеся, як податки оплачують спільний добробут і які права та обов’язки ви маєте, коли живете в Данії.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad er et velfærdssamfund?",
                            "Danmark er et <b>velfærdssamfund</b>. Det vil sige, at det offentlige giver borgerne en lang række ydelser. Det offentlige er staten, regionerne og kommunerne. Mange af ydelserne er gratis, når du bruger dem, eller de koster kun lidt. De bliver betalt med skat.",
                            "Tanken er, at alle yder efter evne og får hjælp efter behov. Når du er rask og har et job, betaler du skat. Men du kan blive syg, miste dit job eller blive gammel. Så kan du få hjælp fra fællesskabet.",
                        ],
                        "en": [
                            "## What is a welfare state?",
                            "Denmark is a <b>welfare state</b>. This means that the public sector – the state, the regions and the municipalities – provides a wide range of services to its residents. Many of them are free when you use them, or cost only a little. They are paid for with taxes.",
                            "The idea is that everyone contributes according to their ability and receives help according to their need. When you are healthy and have a job, you pay tax. If you fall ill, lose your job or grow old, you can get help from the community.",
                        ],
                        "ar": [
                            "## ما هي دولة الرفاه؟",
                            "الدنمارك <b>دولة رفاه (velfærdssamfund)</b>. هذا يعني أن القطاع العام، أي الدولة والأقاليم والبلديات، يقدّم للسكان مجموعة كبيرة من الخدمات. كثير منها مجاني عند استخدامه أو لا يكلّف إلا القليل، وتُموَّل من الضرائب.",
                            "والفكرة هي أن يساهم كل شخص حسب قدرته ويحصل على المساعدة حسب حاجته. عندما تكون بصحة جيدة ولديك عمل، تدفع الضرائب. وإذا مرضت أو فقدت عملك أو تقدّمت في السن، يمكنك أن تحصل على المساعدة من المجتمع.",
                        ],
                        "uk": [
                            "## Що таке держава добробуту?",
                            "Данія – це <b>держава добробуту (velfærdssamfund)</b>. Це означає, що державний сектор – держава, регіони й комуни – надає мешканцям багато різних послуг. Багато з них безкоштовні в момент користування або коштують небагато. Їх оплачують з податків.",
                            "Ідея полягає в тому, що кожен робить внесок відповідно до своїх можливостей і отримує допомогу відповідно до своїх потреб. Коли ви здорові й маєте роботу, ви платите податки. Якщо ви захворієте, втратите роботу або постарієте, ви можете отримати допомогу від суспільства.",
                        ],
                    },
                },
                {
                    "type": "glossary_term",
                    "term": "m01-velfaerdssamfund",
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad betaler skatten for?",
                            "Her er noget af den velfærd, som bliver betalt med skat:",
                            "- <b>Læge og hospital</b>: Du betaler ikke, når du går til din praktiserende læge. Det er også gratis at blive behandlet på et offentligt hospital.",
                            "- <b>Skole og uddannelse</b>: Folkeskolen er gratis. Det er mange andre uddannelser også.",
                            "- <b>Børnepasning</b>: Kommunen betaler det meste af prisen for dagpleje, vuggestue og børnehave. Forældrene betaler resten.",
                            "- <b>Ældre og syge</b>: hjemmehjælp, plejehjem, folkepension og hjælp til folk med handicap.",
                            "- <b>Sikkerhedsnet</b>: penge fra kommunen, hvis du ikke kan forsørge dig selv.",
                            "- <b>Fælles ting</b>: veje, politi, biblioteker, parker og meget mere.",
                        ],
                        "en": [
                            "## What do taxes pay for?",
                            "Here are some examples of welfare that is paid for with taxes:",
                            "- <b>Doctor and hospital</b>: you do not pay when you see your GP or are treated at a public hospital.",
                            "- <b>School and education</b>: the folkeskole is free, and so are many other types of education.",
                            "- <b>Childcare</b>: the municipality pays most of the cost of childminders (dagpleje), nurseries (vuggestue) and kindergartens (børnehave). Parents pay the rest.",
                            "- <b>Older and sick people</b>: home help, nursing homes, the state pension (folkepension) and help for people with disabilities.",
                            "- <b>Safety net</b>: financial help from the municipality if you cannot support yourself.",
                            "- <b>Shared things</b>: roads, the police, libraries, parks and much more.",
                        ],
                        "ar": [
                            "## ماذا تموّل الضرائب؟",
                            "إليك بعض الأمثلة على خدمات الرفاه التي تُموَّل من الضرائب:",
                            "- <b>الطبيب والمستشفى</b>: لا تدفع شيئًا عندما تزور طبيب الأسرة أو تتلقى العلاج في مستشفى حكومي.",
                            "- <b>المدرسة والتعليم</b>: المدرسة الحكومية (folkeskole) مجانية، وكذلك كثير من أنواع التعليم الأخرى.",
                            "- <b>رعاية الأطفال</b>: تدفع البلدية معظم تكلفة الرعاية المنزلية والحضانة وروضة الأطفال، ويدفع الوالدان الباقي.",
                            "- <b>كبار السن والمرضى</b>: المساعدة المنزلية ودور الرعاية والمعاش التقاعدي الحكومي (folkepension) ومساعدة الأشخاص ذوي الإعاقة.",
                            "- <b>شبكة الأمان</b>: مساعدة مالية من البلدية إذا لم تستطع أن تعيل نفسك.",
                            "- <b>الأشياء المشتركة</b>: الطرق والشرطة والمكتبات والحدائق العامة وغير ذلك كثير.",
                        ],
                        "uk": [
                            "## Що оплачують податки?",
                            "Ось кілька прикладів добробуту, який оплачують з податків:",
                            "- <b>Лікар і лікарня</b>: ви не платите, коли йдете до свого сімейного лікаря або лікуєтеся в державній лікарні.",
                            "- <b>Школа та освіта</b>: загальноосвітня школа (folkeskole) безкоштовна, як і багато інших видів навчання.",
                            "- <b>Догляд за дітьми</b>: комуна оплачує більшу частину вартості догляду в сім'ї вихователя, ясел і дитячого садка. Решту платять батьки.",
                            "- <b>Літні та хворі люди</b>: допомога вдома, будинки догляду, державна пенсія (folkepension) і допомога людям з інвалідністю.",
                            "- <b>Мережа соціального захисту</b>: фінансова допомога від комуни, якщо ви не можете себе забезпечити.",
                            "- <b>Спільне</b>: дороги, поліція, бібліотеки, парки та багато іншого.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan virker skatten",
                            "Næsten alle, der har en indkomst, betaler skat. Du betaler <b>indkomstskat</b> af din løn. Du betaler også skat af de fleste ydelser fra det offentlige. Af lønnen bliver der også trukket et arbejdsmarkedsbidrag (AM-bidrag) på 8 procent. Når du køber varer, betaler du <b>moms</b>. Det er en afgift på 25 procent. Den er med i prisen på de fleste varer og tjenester.",
                            "Skatterne i Danmark er blandt de højeste i verden. Til gengæld får borgerne meget velfærd. Og forskellen mellem rig og fattig er mindre end i mange andre lande. Velfærdssamfundet bygger på <b>tillid</b>: at folk betaler den skat, de skal, og at ingen snyder med ydelser. Skattestyrelsen holder styr på skatten. Du kan se din forskudsopgørelse og din årsopgørelse på skat.dk med MitID.",
                        ],
                        "en": [
                            "## How taxes work",
                            "Almost everyone with an income pays tax. You pay <b>income tax</b> on your wages and on most public benefits. A labour market contribution (AM-bidrag) of 8 percent is also deducted from your wages. When you buy things, you pay <b>VAT</b> (moms). This is a 25 percent tax that is included in the price of most goods and services.",
                            "Taxes in Denmark are among the highest in the world. In return, residents get a lot of welfare, and the gap between rich and poor is smaller than in many other countries. The welfare state is built on <b>trust</b>: that people pay the tax they owe, and that nobody cheats with benefits. The Danish Tax Agency (Skattestyrelsen) keeps track of taxes. You can see your preliminary tax assessment (forskudsopgørelse) and your annual tax statement (årsopgørelse) on skat.dk with MitID.",
                        ],
                        "ar": [
                            "## كيف تعمل الضرائب",
                            "كل من لديه دخل تقريبًا يدفع الضرائب. تدفع <b>ضريبة الدخل</b> على راتبك وعلى معظم الإعانات الحكومية. ويُخصم من راتبك أيضًا إسهام سوق العمل (AM-bidrag) بنسبة 8 في المئة. وعندما تشتري شيئًا تدفع <b>ضريبة القيمة المضافة (moms)</b>، وهي ضريبة بنسبة 25 في المئة تدخل في سعر معظم السلع والخدمات.",
                            "الضرائب في الدنمارك من بين الأعلى في العالم. وفي المقابل يحصل السكان على خدمات رفاه كثيرة، والفرق بين الأغنياء والفقراء أصغر منه في كثير من البلدان الأخرى. وتقوم دولة الرفاه على <b>الثقة</b>: أن يدفع الناس الضرائب المستحقة عليهم، وألا يغشّ أحد في الإعانات. وتتابع مصلحة الضرائب (Skattestyrelsen) أمور الضرائب. ويمكنك أن ترى التقدير الضريبي المسبق (forskudsopgørelse) والكشف الضريبي السنوي (årsopgørelse) على موقع skat.dk باستخدام MitID.",
                        ],
                        "uk": [
                            "## Як працюють податки",
                            "Майже всі, хто має дохід, платять податки. Ви сплачуєте <b>податок на доходи</b> із зарплати та з більшості державних виплат. Із зарплати також утримують внесок на ринок праці (AM-bidrag) – 8 відсотків. Коли ви купуєте товари, ви платите <b>ПДВ (moms)</b>. Це податок 25 відсотків, який входить у ціну більшості товарів і послуг.",
                            "Податки в Данії – одні з найвищих у світі. Натомість мешканці отримують багато соціальних послуг, а різниця між багатими й бідними менша, ніж у багатьох інших країнах. Держава добробуту тримається на <b>довірі</b>: люди сплачують податки, які мають сплатити, і ніхто не шахраює з виплатами. За податками стежить Податкова служба (Skattestyrelsen). Свій попередній податковий розрахунок (forskudsopgørelse) і річний податковий розрахунок (årsopgørelse) можна переглянути на skat.dk за допомогою MitID.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dine rettigheder",
                            "Alle, der bor i Danmark, har nogle basale rettigheder. De står i Grundloven og i andre love. De står også i Den Europæiske Menneskerettighedskonvention, som gælder i Danmark. Her er nogle af dem:",
                            "- <b>Ytringsfrihed</b>: Du må sige og skrive din mening – også om politikerne. Men du må ikke true andre. Du må heller ikke offentligt håne eller nedværdige en gruppe på grund af ting som hudfarve, religion eller seksuel orientering.",
                            "- <b>Religionsfrihed</b>: Du må tro på det, du vil, eller lade være med at tro.",
                            "- <b>Forsamlingsfrihed og foreningsfrihed</b>: Du må mødes med andre og demonstrere fredeligt. Du må også starte en forening eller melde dig ind i en.",
                            "- <b>Lighed for loven</b>: Loven gælder for alle, uanset køn, hudfarve, religion eller baggrund. Kvinder og mænd har de samme rettigheder.",
                            "- <b>Ret til at klage</b>: Er du uenig i en afgørelse fra kommunen eller en anden myndighed? Så kan du som regel klage. I afgørelsen står der, hvordan du klager.",
                        ],
                        "en": [
                            "## Your rights",
                            "Everyone who lives in Denmark has certain basic rights. They are found in the Constitution, in other laws and in the European Convention on Human Rights, which applies in Denmark. For example:",
                            "- <b>Freedom of speech</b>: you may say and write your opinion – also about the politicians. But you must not threaten others, and you must not publicly mock or degrade a group because of, for example, skin colour, religion or sexual orientation.",
                            "- <b>Freedom of religion</b>: you may believe in what you want, or not believe at all.",
                            "- <b>Freedom of assembly and association</b>: you may meet with others, demonstrate peacefully, and start or join an association.",
                            "- <b>Equality before the law</b>: the law applies to everyone, regardless of gender, skin colour, religion or background. Women and men have the same rights.",
                            "- <b>The right to complain</b>: if you disagree with a decision from the municipality or another public authority, you can usually complain. The decision tells you how to complain.",
                        ],
                        "ar": [
                            "## حقوقك",
                            "لكل من يعيش في الدنمارك حقوق أساسية معيّنة. وهي مذكورة في الدستور وفي قوانين أخرى وفي الاتفاقية الأوروبية لحقوق الإنسان التي تسري في الدنمارك. ومن أمثلتها:",
                            "- <b>حرية التعبير</b>: يحق لك أن تقول وتكتب رأيك، حتى عن السياسيين. لكن لا يجوز لك أن تهدد الآخرين، ولا أن تسخر علنًا من مجموعة من الناس أو تحطّ من قدرها بسبب لون البشرة أو الدين أو الميول الجنسية مثلًا.",
                            "- <b>حرية الدين</b>: يحق لك أن تؤمن بما تريد، أو ألا تؤمن بشيء.",
                            "- <b>حرية التجمع وحرية تكوين الجمعيات</b>: يحق لك أن تجتمع مع الآخرين، وأن تتظاهر بشكل سلمي، وأن تؤسس جمعية أو تنضم إليها.",
                            "- <b>المساواة أمام القانون</b>: القانون يسري على الجميع بغض النظر عن الجنس أو لون البشرة أو الدين أو الخلفية. وللنساء والرجال الحقوق نفسها.",
                            "- <b>الحق في التظلّم</b>: إذا كنت لا توافق على قرار من البلدية أو من جهة رسمية أخرى، يمكنك عادةً أن تقدّم شكوى. ويُذكر في القرار كيف تقدّم الشكوى.",
                        ],
                        "uk": [
                            "## Ваші права",
                            "Кожен, хто живе в Данії, має певні основні права. Вони закріплені в Конституції, в інших законах і в Європейській конвенції з прав людини, яка діє в Данії. Наприклад:",
                            "- <b>Свобода слова</b>: ви можете висловлювати й писати свою думку – також про політиків. Але не можна погрожувати іншим і не можна публічно висміювати чи принижувати групу людей через, наприклад, колір шкіри, релігію або сексуальну орієнтацію.",
                            "- <b>Свобода віросповідання</b>: ви можете вірити в те, у що хочете, або не вірити взагалі.",
                            "- <b>Свобода зібрань і об’єднань</b>: ви можете збиратися з іншими, мирно демонструвати, створювати громадські об’єднання або вступати до них.",
                            "- <b>Рівність перед законом</b>: закон однаковий для всіх, незалежно від статі, кольору шкіри, релігії чи походження. Жінки й чоловіки мають однакові права.",
                            "- <b>Право на оскарження</b>: якщо ви не згодні з рішенням комуни чи іншого державного органу, зазвичай його можна оскаржити. У рішенні написано, як це зробити.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dine pligter",
                            "Med rettighederne følger også pligter. Når du bor i Danmark, skal du blandt andet:",
                            "- følge de danske love",
                            "- betale skat og give Skattestyrelsen rigtige oplysninger om din indkomst",
                            "- melde flytning senest 5 dage efter, at du er flyttet",
                            "- sørge for, at dine børn får undervisning. I Danmark er der 10 års undervisningspligt",
                            "- give kommunen besked, hvis din situation ændrer sig, mens du får en ydelse. Det kan være, hvis du får et job",
                            "- hjælpe en person, der er i livsfare, så godt du kan. Det kan være ved at ringe 112",
                            "Rettigheder og pligter hænger sammen. Når alle gør deres del og følger reglerne, kan fællesskabet hjælpe dem, der har brug for det.",
                        ],
                        "en": [
                            "## Your duties",
                            "Rights come with duties. When you live in Denmark, you must, among other things:",
                            "- obey Danish law",
                            "- pay tax and give the Danish Tax Agency correct information about your income",
                            "- register your move no later than 5 days after you have moved",
                            "- make sure your children receive education – Denmark has 10 years of compulsory education (undervisningspligt)",
                            "- tell the municipality if your situation changes while you receive a benefit, for example if you get a job",
                            "- help a person whose life is in danger as well as you can – for example by calling 112",
                            "Rights and duties go together. When everyone contributes and follows the rules, the community can help those who need it.",
                        ],
                        "ar": [
                            "## واجباتك",
                            "مع الحقوق تأتي الواجبات أيضًا. عندما تعيش في الدنمارك يجب عليك، من بين أمور أخرى، أن:",
                            "- تلتزم بالقوانين الدنماركية",
                            "- تدفع الضرائب وتعطي مصلحة الضرائب معلومات صحيحة عن دخلك",
                            "- تسجّل انتقالك إلى سكن جديد في موعد أقصاه 5 أيام بعد الانتقال",
                            "- تحرص على أن يحصل أطفالك على التعليم، ففي الدنمارك إلزامية التعليم (undervisningspligt) مدتها 10 سنوات",
                            "- تُبلغ البلدية إذا تغيّر وضعك وأنت تحصل على إعانة، مثلًا إذا حصلت على عمل",
                            "- تساعد أي شخص تكون حياته في خطر بقدر ما تستطيع، مثلًا بالاتصال بالرقم 112",
                            "الحقوق والواجبات مرتبطة ببعضها. عندما يساهم الجميع ويلتزمون بالقواعد، يستطيع المجتمع أن يساعد من يحتاج إلى المساعدة.",
                        ],
                        "uk": [
                            "## Ваші обов’язки",
                            "Разом із правами є й обов’язки. Коли ви живете в Данії, ви, зокрема, повинні:",
                            "- дотримуватися данських законів",
                            "- сплачувати податки й надавати Податковій службі правдиву інформацію про свої доходи",
                            "- повідомити про переїзд не пізніше ніж через 5 днів після нього",
                            "- дбати про те, щоб ваші діти навчалися, – у Данії діє 10-річне обов’язкове навчання (undervisningspligt)",
                            "- повідомляти комуну, якщо ваша ситуація змінюється, поки ви отримуєте виплату, наприклад якщо ви знайшли роботу",
                            "- допомогти людині, життя якої в небезпеці, наскільки можете, – наприклад, зателефонувавши 112",
                            "Права й обов’язки пов’язані між собою. Коли всі роблять свій внесок і дотримуються правил, суспільство може допомогти тим, хто цього потребує.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Velfærd i korte træk",
                        "en": "Welfare in brief",
                        "ar": "الرفاه باختصار",
                        "uk": "Коротко про добробут",
                    },
                    "facts": {
                        "da": [
                            "Velfærden bliver betalt med skat.",
                            "Det er gratis at gå til lægen og at blive behandlet på et offentligt hospital.",
                            "Moms er 25 procent, og AM-bidraget er 8 procent af lønnen.",
                            "Du skal melde flytning senest 5 dage efter, at du er flyttet.",
                            "Du kan som regel klage over en afgørelse fra en myndighed.",
                        ],
                        "en": [
                            "Welfare is paid for with taxes.",
                            "It is free to see a doctor and to be treated at a public hospital.",
                            "VAT (moms) is 25 percent, and the labour market contribution is 8 percent of your wages.",
                            "You must register a move no later than 5 days after moving.",
                            "You can usually complain about a decision from a public authority.",
                        ],
                        "ar": [
                            "تُموَّل خدمات الرفاه من الضرائب.",
                            "زيارة الطبيب والعلاج في مستشفى حكومي مجانيان.",
                            "ضريبة القيمة المضافة 25 في المئة، وإسهام سوق العمل 8 في المئة من الراتب.",
                            "يجب أن تسجّل انتقالك في موعد أقصاه 5 أيام بعد الانتقال.",
                            "يمكنك عادةً أن تتظلّم من قرار صادر عن جهة رسمية.",
                        ],
                        "uk": [
                            "Соціальні послуги оплачують з податків.",
                            "Відвідати лікаря та лікуватися в державній лікарні – безкоштовно.",
                            "ПДВ (moms) становить 25 відсотків, а внесок на ринок праці – 8 відсотків зарплати.",
                            "Про переїзд потрібно повідомити не пізніше ніж через 5 днів.",
                            "Рішення державного органу зазвичай можна оскаржити.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Læs mere om skat og rettigheder",
                        "en": "Read more about taxes and rights",
                        "ar": "اقرأ المزيد عن الضرائب والحقوق",
                        "uk": "Більше про податки та права",
                    },
                    "intro": {
                        "da": "Her kan du se din egen skat, læse om dine rettigheder og finde offentlig selvbetjening.",
                        "en": "Here you can see your own tax, read about your rights and find public self-service.",
                        "ar": "هنا يمكنك أن ترى ضرائبك، وأن تقرأ عن حقوقك، وأن تجد الخدمات الحكومية الذاتية.",
                        "uk": "Тут можна переглянути свої податки, прочитати про свої права й знайти державні онлайн-послуги.",
                    },
                    "resources": [
                        "skat-dk",
                        "menneskeret",
                        "borger-dk",
                    ],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilke dele af velfærdssamfundet har du brugt, siden du kom til Danmark? Hvad tænker du om at betale høj skat for fælles velfærd?",
                        "en": "Which parts of the welfare state have you used since you came to Denmark? What do you think about paying high taxes for shared welfare?",
                        "ar": "ما الأجزاء من دولة الرفاه التي استخدمتها منذ وصولك إلى الدنمارك؟ وما رأيك في دفع ضرائب مرتفعة مقابل رفاه مشترك؟",
                        "uk": "Якими частинами держави добробуту ви користувалися, відколи приїхали до Данії? Що ви думаєте про високі податки заради спільного добробуту?",
                    },
                    "hint": {
                        "da": "Tænk på lægen, sprogcenteret, skolen, børnehaven, biblioteket eller vejene. Hvordan var det i dit hjemland?",
                        "en": "Think of the doctor, the language centre, the school, the kindergarten, the library or the roads. How was it in your home country?",
                        "ar": "فكّر في الطبيب ومركز اللغة والمدرسة وروضة الأطفال والمكتبة والطرق. كيف كان الأمر في بلدك الأصلي؟",
                        "uk": "Подумайте про лікаря, мовний центр, школу, дитячий садок, бібліотеку чи дороги. Як це було у вашій країні?",
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
                                "da": "Hvordan bliver det meste af velfærden i Danmark betalt?",
                                "en": "How is most of the welfare in Denmark paid for?",
                                "ar": "كيف يُموَّل معظم الرفاه في الدنمارك؟",
                                "uk": "Як в основному оплачують добробут у Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Med private forsikringer",
                                        "en": "With private insurance",
                                        "ar": "بالتأمين الخاص",
                                        "uk": "Приватним страхуванням",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Med skat",
                                        "en": "With taxes",
                                        "ar": "بالضرائب",
                                        "uk": "Податками",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Med penge fra EU",
                                        "en": "With money from the EU",
                                        "ar": "بأموال من الاتحاد الأوروبي",
                                        "uk": "Грошима з ЄС",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Af kongehuset",
                                        "en": "By the royal family",
                                        "ar": "من الأسرة المالكة",
                                        "uk": "Королівською родиною",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Velfærden bliver først og fremmest betalt med skat fra borgere og virksomheder.",
                                "en": "Welfare is paid for mainly with taxes from residents and businesses.",
                                "ar": "يُموَّل الرفاه أساسًا من الضرائب التي يدفعها السكان والشركات.",
                                "uk": "Добробут оплачують насамперед податки мешканців і підприємств.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor meget er momsen i Danmark?",
                                "en": "How much is VAT (moms) in Denmark?",
                                "ar": "كم تبلغ ضريبة القيمة المضافة (moms) في الدنمارك؟",
                                "uk": "Скільки становить ПДВ (moms) у Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "8 procent",
                                        "en": "8 percent",
                                        "ar": "8 في المئة",
                                        "uk": "8 відсотків",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "10 procent",
                                        "en": "10 percent",
                                        "ar": "10 في المئة",
                                        "uk": "10 відсотків",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "25 procent",
                                        "en": "25 percent",
                                        "ar": "25 في المئة",
                                        "uk": "25 відсотків",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "50 procent",
                                        "en": "50 percent",
                                        "ar": "50 في المئة",
                                        "uk": "50 відсотків",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Momsen er 25 procent og er med i prisen på de fleste varer. 8 procent er AM-bidraget, som bliver trukket af lønnen.",
                                "en": "VAT is 25 percent and is included in the price of most goods. 8 percent is the labour market contribution that is deducted from wages.",
                                "ar": "ضريبة القيمة المضافة 25 في المئة وتدخل في سعر معظم السلع. أما 8 في المئة فهي إسهام سوق العمل الذي يُخصم من الراتب.",
                                "uk": "ПДВ становить 25 відсотків і входить у ціну більшості товарів. 8 відсотків – це внесок на ринок праці, який утримують із зарплати.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvornår skal du senest melde flytning?",
                                "en": "What is the deadline for registering a move?",
                                "ar": "ما آخر موعد لتسجيل الانتقال إلى سكن جديد؟",
                                "uk": "Коли найпізніше потрібно повідомити про переїзд?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "5 dage efter, at du er flyttet",
                                        "en": "5 days after you have moved",
                                        "ar": "5 أيام بعد الانتقال",
                                        "uk": "Через 5 днів після переїзду",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "3 måneder efter",
                                        "en": "3 months after",
                                        "ar": "3 أشهر بعد الانتقال",
                                        "uk": "Через 3 місяці",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "1 år efter",
                                        "en": "1 year after",
                                        "ar": "سنة بعد الانتقال",
                                        "uk": "Через рік",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det behøver du ikke",
                                        "en": "You do not need to",
                                        "ar": "لا حاجة إلى ذلك",
                                        "uk": "Не потрібно",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du skal melde flytning senest 5 dage efter, at du er flyttet. Det kan du gøre på borger.dk.",
                                "en": "You must register your move no later than 5 days after moving. You can do it on borger.dk.",
                                "ar": "يجب أن تسجّل انتقالك في موعد أقصاه 5 أيام بعد الانتقال، ويمكنك فعل ذلك على موقع borger.dk.",
                                "uk": "Про переїзд потрібно повідомити не пізніше ніж через 5 днів. Це можна зробити на borger.dk.",
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
                                        "da": "Alle skal tilhøre den samme kirke",
                                        "en": "Everyone must belong to the same church",
                                        "ar": "يجب أن ينتمي الجميع إلى الكنيسة نفسها",
                                        "uk": "Усі мають належати до однієї церкви",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Du må selv vælge, hvad du tror på",
                                        "en": "You may choose for yourself what you believe in",
                                        "ar": "يحق لك أن تختار بنفسك ما تؤمن به",
                                        "uk": "Ви самі обираєте, у що вірити",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Man må kun tale om religion derhjemme",
                                        "en": "You may only talk about religion at home",
                                        "ar": "لا يجوز الحديث عن الدين إلا في البيت",
                                        "uk": "Про релігію можна говорити лише вдома",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Religionsfrihed betyder, at du selv bestemmer, om og hvad du tror på.",
                                "en": "Freedom of religion means that you decide for yourself whether and what you believe.",
                                "ar": "حرية الدين تعني أنك تقرر بنفسك هل تؤمن وبماذا تؤمن.",
                                "uk": "Свобода віросповідання означає, що ви самі вирішуєте, чи вірити і у що.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
