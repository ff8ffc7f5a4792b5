"""Module 8: history, culture and values (short history, holidays and traditions, values, religion)."""

GLOSSARY = {
    "m08-befrielsen": {
        "term": {
            "da": "Befrielsen",
            "en": "Befrielsen (the Liberation)",
            "ar": "Befrielsen (التحرير)",
            "uk": "Befrielsen (Визволення)",
        },
        "explanation": {
            "da": "Afslutningen på den tyske besættelse af Danmark under Anden Verdenskrig. Budskabet kom i radioen om aftenen den 4. maj 1945, og befrielsen trådte i kraft den 5. maj. Mange sætter stadig lys i vinduerne om aftenen den 4. maj.",
            "en": "The end of the German occupation of Denmark during the Second World War. The news came on the radio on the evening of 4 May 1945, and the liberation took effect on 5 May. Many people still put candles in their windows on the evening of 4 May.",
            "ar": "نهاية الاحتلال الألماني للدنمارك خلال الحرب العالمية الثانية. جاء الخبر عبر الإذاعة مساء 4 مايو 1945، وبدأ التحرير فعلياً في 5 مايو. وما زال كثيرون يضعون الشموع في نوافذهم مساء 4 مايو.",
            "uk": "Кінець німецької окупації Данії під час Другої світової війни. Звістка пролунала по радіо ввечері 4 травня 1945 року, а визволення набуло чинності 5 травня. Багато людей і досі ставлять свічки на вікна ввечері 4 травня.",
        },
    },
    "m08-hygge": {
        "term": {
            "da": "Hygge",
            "en": "Hygge",
            "ar": "Hygge (أجواء الدفء والألفة)",
            "uk": "Hygge (гюґе: затишок)",
        },
        "explanation": {
            "da": "En rar, tryg og afslappet stemning, fx med levende lys, god mad, en kop kaffe og gode mennesker. Hygge er et af de mest kendte danske ord og er især vigtigt i den mørke tid af året.",
            "en": "A pleasant, safe and relaxed atmosphere, for example with candles, good food, a cup of coffee and good company. Hygge is one of the best-known Danish words and is especially important in the dark time of the year.",
            "ar": "أجواء لطيفة وآمنة ومريحة، مثلاً مع الشموع والطعام الجيد وفنجان قهوة وصحبة طيبة. كلمة hygge من أشهر الكلمات الدنماركية، وهي مهمة بشكل خاص في فترة الظلام من السنة.",
            "uk": "Приємна, спокійна й невимушена атмосфера, наприклад зі свічками, смачною їжею, чашкою кави та добрими людьми. Hygge — одне з найвідоміших данських слів, особливо важливе в темну пору року.",
        },
    },
    "m08-tillid": {
        "term": {
            "da": "Tillid",
            "en": "Tillid (trust)",
            "ar": "Tillid (الثقة)",
            "uk": "Tillid (довіра)",
        },
        "explanation": {
            "da": "At man tror på, at andre mennesker og myndighederne er ærlige og gør det, de siger. Danmark er et af de lande i verden, hvor folk har mest tillid til hinanden. Tilliden bygger på, at alle gør deres del.",
            "en": "Believing that other people and the authorities are honest and do what they say. Denmark is one of the countries in the world where people trust each other the most. Trust depends on everyone doing their part.",
            "ar": "أن تؤمن بأن الناس الآخرين والسلطات صادقون ويفعلون ما يقولون. الدنمارك من أكثر دول العالم التي يثق فيها الناس ببعضهم. وتقوم هذه الثقة على أن يقوم كل شخص بدوره.",
            "uk": "Віра в те, що інші люди й органи влади чесні та роблять те, що обіцяють. Данія — одна з країн світу, де люди найбільше довіряють одне одному. Довіра тримається на тому, що кожен робить свою частину.",
        },
    },
    "m08-folkekirken": {
        "term": {
            "da": "Folkekirken",
            "en": "The Church of Denmark (folkekirken)",
            "ar": "الكنيسة الوطنية الدنماركية (folkekirken)",
            "uk": "Церква Данії (folkekirken)",
        },
        "explanation": {
            "da": "Den evangelisk-lutherske kirke i Danmark. Ifølge Grundloven støtter staten den. Omkring 7 ud af 10 danskere er medlemmer, og de betaler kirkeskat. Der er religionsfrihed, så alle må vælge en anden tro eller ingen tro.",
            "en": "The Evangelical Lutheran church in Denmark. According to the Constitution, the state supports it. About 7 in 10 Danes are members, and they pay church tax. There is freedom of religion, so everyone may choose another faith or no faith.",
            "ar": "الكنيسة الإنجيلية اللوثرية في الدنمارك. وفقاً للدستور تدعمها الدولة. نحو 7 من كل 10 دنماركيين أعضاء فيها، ويدفعون ضريبة الكنيسة. توجد حرية دينية، فيحق لكل شخص اختيار دين آخر أو عدم اعتناق أي دين.",
            "uk": "Євангельсько-лютеранська церква в Данії. Згідно з Конституцією, держава її підтримує. Приблизно 7 із 10 данців є її членами й сплачують церковний податок. Існує свобода віросповідання, тож кожен може обрати іншу віру або не мати жодної.",
        },
    },
}

RESOURCES = {
    "m08-nationalmuseet": {
        "name": {
            "da": "Nationalmuseet",
            "en": "National Museum of Denmark",
            "ar": "المتحف الوطني الدنماركي (Nationalmuseet)",
            "uk": "Національний музей Данії (Nationalmuseet)",
        },
        "category": "culture",
        "description": {
            "da": "Danmarks største kulturhistoriske museum med udstillinger om bl.a. vikingetiden og Danmarks historie. Frihedsmuseet om besættelsen 1940-1945 er en del af Nationalmuseet.",
            "en": "Denmark's largest museum of cultural history, with exhibitions on, among other things, the Viking Age and Danish history. The Museum of Danish Resistance, about the occupation of 1940-1945, is part of the National Museum.",
            "ar": "أكبر متحف للتاريخ الثقافي في الدنمارك، وفيه معارض عن عصر الفايكنغ وتاريخ الدنمارك وغير ذلك. متحف المقاومة (Frihedsmuseet) عن فترة الاحتلال 1940-1945 جزء من المتحف الوطني.",
            "uk": "Найбільший музей культурної історії Данії з виставками, зокрема, про епоху вікінгів та історію країни. Музей руху Опору (Frihedsmuseet) про окупацію 1940-1945 років є частиною Національного музею.",
        },
        "url": "https://natmus.dk/",
        "city": "København",
    },
    "m08-danmarkshistorien": {
        "name": {
            "da": "danmarkshistorien.dk",
            "en": "danmarkshistorien.dk (Aarhus University)",
            "ar": "danmarkshistorien.dk (جامعة آرهوس)",
            "uk": "danmarkshistorien.dk (Орхуський університет)",
        },
        "category": "culture",
        "description": {
            "da": "Gratis hjemmeside fra Aarhus Universitet med artikler og kilder om Danmarks historie fra oldtiden til i dag.",
            "en": "Free website from Aarhus University with articles and sources on Danish history from prehistoric times to today.",
            "ar": "موقع مجاني تابع لجامعة آرهوس يضم مقالات ومصادر عن تاريخ الدنمارك من العصور القديمة حتى اليوم.",
            "uk": "Безкоштовний сайт Орхуського університету зі статтями та джерелами з історії Данії від давніх часів до сьогодні.",
        },
        "url": "https://danmarkshistorien.dk/",
        "city": "",
    },
    "m08-kongehuset": {
        "name": {
            "da": "Kongehuset (kongehuset.dk)",
            "en": "The Danish Royal House (kongehuset.dk)",
            "ar": "البيت الملكي الدنماركي (kongehuset.dk)",
            "uk": "Данський королівський дім (kongehuset.dk)",
        },
        "category": "culture",
        "description": {
            "da": "Kongehusets officielle hjemmeside med information om kongefamilien, dens opgaver og monarkiets historie.",
            "en": "The official website of the Royal House with information about the royal family, its duties and the history of the monarchy.",
            "ar": "الموقع الرسمي للبيت الملكي، وفيه معلومات عن العائلة الملكية ومهامها وتاريخ الملكية.",
            "uk": "Офіційний сайт королівського дому з інформацією про королівську родину, її обов'язки та історію монархії.",
        },
        "url": "https://www.kongehuset.dk/",
        "city": "",
    },
    "m08-folkekirken": {
        "name": {
            "da": "Folkekirken (folkekirken.dk)",
            "en": "The Church of Denmark (folkekirken.dk)",
            "ar": "الكنيسة الوطنية الدنماركية (folkekirken.dk)",
            "uk": "Церква Данії (folkekirken.dk)",
        },
        "category": "culture",
        "description": {
            "da": "Folkekirkens officielle hjemmeside. Her kan du læse om de kristne højtider, om dåb, konfirmation, bryllup og begravelse og finde den lokale kirke.",
            "en": "The official website of the Church of Denmark. Here you can read about the Christian holidays, about baptism, confirmation, weddings and funerals, and find your local church.",
            "ar": "الموقع الرسمي للكنيسة الوطنية. يمكنك هنا القراءة عن الأعياد المسيحية وعن المعمودية والتثبيت (konfirmation) والزواج والجنازات، والعثور على الكنيسة المحلية.",
            "uk": "Офіційний сайт Церкви Данії. Тут можна прочитати про християнські свята, хрещення, конфірмацію, вінчання й похорон та знайти місцеву церкву.",
        },
        "url": "https://www.folkekirken.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "history-culture-values",
    "mandatory": True,
    "title": {
        "da": "Historie, kultur og værdier",
        "en": "History, culture and values",
        "ar": "التاريخ والثقافة والقيم",
        "uk": "Історія, культура та цінності",
    },
    "summary": {
        "da": "Få et kort overblik over Danmarks historie, lær de vigtigste højtider og traditioner at kende, og forstå de værdier, mange danskere lever efter.",
        "en": "Get a short overview of Danish history, get to know the main holidays and traditions, and understand the values many Danes live by.",
        "ar": "احصل على لمحة قصيرة عن تاريخ الدنمارك، وتعرّف على أهم الأعياد والتقاليد، وافهم القيم التي يعيش وفقها كثير من الدنماركيين.",
        "uk": "Отримайте короткий огляд історії Данії, познайомтеся з головними святами й традиціями та зрозумійте цінності, за якими живе багато данців.",
    },
    "objectives": {
        "da": [
            "Du kan fortælle om vigtige begivenheder i Danmarks historie fra vikingetiden til i dag.",
            "Du kender de vigtigste danske højtider og traditioner gennem året.",
            "Du kan forklare værdier som tillid, ligeværd og hygge og ved, hvad danskere forventer om punktlighed.",
            "Du ved, hvad folkekirken er, og hvad religionsfrihed betyder i Danmark.",
        ],
        "en": [
            "You can talk about important events in Danish history from the Viking Age to today.",
            "You know the main Danish holidays and traditions through the year.",
            "You can explain values such as trust, equal worth and hygge, and you know what Danes expect about punctuality.",
            "You know what the Church of Denmark is and what freedom of religion means in Denmark.",
        ],
        "ar": [
            "يمكنك الحديث عن أحداث مهمة في تاريخ الدنمارك من عصر الفايكنغ حتى اليوم.",
            "تعرف أهم الأعياد والتقاليد الدنماركية على مدار السنة.",
            "يمكنك شرح قيم مثل الثقة والمساواة في القيمة الإنسانية والـ hygge، وتعرف ما يتوقعه الدنماركيون بشأن الالتزام بالمواعيد.",
            "تعرف ما هي الكنيسة الوطنية (Folkekirken) وماذا تعني حرية الدين في الدنمارك.",
        ],
        "uk": [
            "Ви можете розповісти про важливі події в історії Данії від епохи вікінгів до сьогодні.",
            "Ви знаєте головні данські свята й традиції протягом року.",
            "Ви можете пояснити такі цінності, як довіра, рівноцінність людей і hygge, та знаєте, чого данці очікують щодо пунктуальності.",
            "Ви знаєте, що таке Церква Данії (Folkekirken) і що означає свобода віросповідання в Данії.",
        ],
    },
    "lessons": [
        {
            "slug": "danish-history-in-brief",
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Danmarks historie i korte træk",
                "en": "Danish history in brief",
                "ar": "تاريخ الدنمارك باختصار",
                "uk": "Коротко про історію Данії",
            },
            "intro": {
                "da": "Fra vikingerne til EU – de vigtigste begivenheder, der har formet Danmark.",
                "en": "From the Vikings to the EU – the most important events that have shaped Denmark.",
                "ar": "من الفايكنغ إلى الاتحاد الأوروبي: أهم الأحداث التي شكّلت الدنمارك.",
                "uk": "Від вікінгів до ЄС – найважливіші події, які сформували Данію.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Vikingetiden (ca. 800-1050)",
                            "Vikingerne levede i Skandinavien for mere end 1.000 år siden. De fleste var bønder, købmænd og håndværkere. Men nogle tog også på togter og røvede i andre lande. De sejlede i hurtige skibe til fx England og Frankrig.",
                            "I Jelling i Jylland står to store runesten. Kong Harald Blåtand skrev på den største sten cirka år 965. Han skrev, at han havde gjort danerne kristne. Stenen bliver tit kaldt “Danmarks dåbsattest”.",
                        ],
                        "en": [
                            "## The Viking Age (about 800-1050)",
                            "The Vikings lived in Scandinavia more than 1,000 years ago. Most were farmers, traders and craftspeople, but some also went on raids and plundered other countries. They sailed in fast ships to, for example, England and France.",
                            "In Jelling in Jutland there are two large rune stones. On the bigger one, King Harald Bluetooth wrote around the year 965 that he had made the Danes Christian. The stone is often called “Denmark's baptismal certificate”.",
                        ],
                        "ar": [
                            "## عصر الفايكنغ (نحو 800-1050)",
                            "عاش الفايكنغ في إسكندنافيا قبل أكثر من 1000 سنة. كان معظمهم مزارعين وتجاراً وحرفيين، لكن بعضهم كانوا يخرجون أيضاً في غزوات وينهبون بلداناً أخرى. وكانوا يبحرون بسفن سريعة إلى بلدان مثل إنجلترا وفرنسا.",
                            "في بلدة يلينغ (Jelling) في منطقة يولاند (Jylland) يوجد حجران كبيران منقوشان بالحروف الرونية. على الحجر الأكبر كتب الملك هارالد ذو السن الزرقاء (Harald Blåtand) نحو عام 965 أنه جعل الدنماركيين مسيحيين. ولهذا يُسمّى هذا الحجر غالباً «شهادة معمودية الدنمارك».",
                        ],
                        "uk": [
                            "## Епоха вікінгів (приблизно 800-1050)",
                            "Вікінги жили в Скандинавії понад 1000 років тому. Більшість із них були селянами, торговцями та ремісниками, але деякі також ходили в походи й грабували інші країни. Вони плавали на швидких кораблях, наприклад, до Англії та Франції.",
                            "У містечку Єллінг (Jelling) в Ютландії (Jylland) стоять два великі рунічні камені. На більшому з них король Гаральд Синьозубий (Harald Blåtand) близько 965 року написав, що зробив данців християнами. Цей камінь часто називають «свідоцтвом про хрещення Данії».",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Kongerne og Grundloven",
                            "Danmark er et af de ældste kongeriger i verden. Rækken af konger går tilbage til Gorm den Gamle i 900-tallet. I 1536 gik landet over fra den katolske til den lutherske kirke. Det kaldes <b>reformationen</b>.",
                            "Fra 1660 havde kongen al magten. Det hed <b>enevælde</b>. Den 5. juni 1849 skrev kong Frederik 7. under på landets første grundlov. Så fik Danmark et parlament, som folket valgte. Først havde kun en del af mændene stemmeret. I 1915 fik kvinder også stemmeret.",
                            "I dag har kongen ingen politisk magt. Men han har vigtige opgaver. Han repræsenterer Danmark. Kongen hedder <b>Frederik 10.</b> Han blev konge den 14. januar 2024. Den dag gik hans mor, dronning Margrethe 2., af.",
                        ],
                        "en": [
                            "## The kings and the Constitution",
                            "Denmark is one of the oldest kingdoms in the world. The line of kings can be traced back to Gorm the Old in the 900s. In 1536 Denmark changed from the Catholic to the Lutheran church. This is called <b>the Reformation</b>.",
                            "From 1660 the king had all the power. This was called <b>absolute monarchy</b>. On 5 June 1849 King Frederik VII signed Denmark's first constitution. Denmark then got a parliament elected by the people. At first only some men had the right to vote. In 1915 women got the vote too.",
                            "Today the king has no political power, but he has important duties representing Denmark. Denmark's king is <b>Frederik X</b>. He became king on 14 January 2024, when his mother, Queen Margrethe II, stepped down.",
                        ],
                        "ar": [
                            "## الملوك والدستور",
                            "الدنمارك من أقدم الممالك في العالم. ويمكن تتبّع سلسلة ملوكها حتى الملك غورم العجوز (Gorm den Gamle) في القرن العاشر. وفي عام 1536 انتقلت الدنمارك من الكنيسة الكاثوليكية إلى الكنيسة اللوثرية. ويُسمّى ذلك <b>الإصلاح الديني (reformationen)</b>.",
                            "منذ عام 1660 كانت كل السلطة في يد الملك. وكان ذلك يُسمّى <b>الحكم المطلق (enevælde)</b>. وفي 5 يونيو 1849 وقّع الملك فريدريك السابع على أول دستور للدنمارك (Grundloven). فأصبح للدنمارك برلمان ينتخبه الشعب. في البداية كان حق التصويت لبعض الرجال فقط. وفي عام 1915 حصلت النساء أيضاً على حق التصويت.",
                            "اليوم لا يملك الملك أي سلطة سياسية، لكن لديه مهام مهمة في تمثيل الدنمارك. ملك الدنمارك هو <b>فريدريك العاشر</b>. أصبح ملكاً في 14 يناير 2024، عندما تنحّت والدته الملكة مارغريته الثانية عن العرش.",
                        ],
                        "uk": [
                            "## Королі та Конституція",
                            "Данія – одне з найстаріших королівств світу. Лінію королів можна простежити аж до Горма Старого (Gorm den Gamle) у X столітті. У 1536 році Данія перейшла від католицької до лютеранської церкви. Це називають <b>Реформацією (reformationen)</b>.",
                            "З 1660 року вся влада належала королю. Це називали <b>абсолютною монархією (enevælde)</b>. 5 червня 1849 року король Фредерік VII підписав першу конституцію Данії (Grundloven). Тоді Данія отримала парламент, який обирав народ. Спочатку право голосу мала лише частина чоловіків. У 1915 році право голосу отримали й жінки.",
                            "Сьогодні король не має політичної влади, але виконує важливі обов’язки як представник Данії. Король Данії – <b>Фредерік X</b>. Він став королем 14 січня 2024 року, коли його мати, королева Маргрете II, зреклася престолу.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Krig, tab og genforening",
                            "I 1864 tabte Danmark en krig mod Preussen og Østrig. Landet tabte også hertugdømmerne Slesvig og Holsten. Danmark blev et lille land. Efter Første Verdenskrig var der en folkeafstemning. Og i 1920 blev den nordlige del af Slesvig dansk igen. Den del hedder Sønderjylland. Det kaldes <b>Genforeningen</b>.",
                            "## Besættelsen 1940-1945",
                            "Den 9. april 1940 besatte Tyskland Danmark under Anden Verdenskrig. Først arbejdede den danske regering sammen med tyskerne. Senere blev modstandsbevægelsen større. Den lavede fx sabotage mod tyskerne.",
                            "I oktober 1943 ville tyskerne arrestere de danske jøder. Mange danskere hjalp dem med at flygte i både over Øresund til Sverige. De fleste blev reddet.",
                            "Om aftenen den 4. maj 1945 kom nyheden i radioen: De tyske tropper i Danmark havde overgivet sig. Befrielsen trådte i kraft den 5. maj 1945. Mange danskere sætter stadig lys i vinduet om aftenen den 4. maj. Sådan mindes de befrielsen.",
                        ],
                        "en": [
                            "## War, loss and reunification",
                            "In 1864 Denmark lost a war against Prussia and Austria and lost the duchies of Schleswig and Holstein. Denmark became a small country. After the First World War there was a referendum, and in 1920 the northern part of Schleswig – Southern Jutland – returned to Denmark. This is called <b>the Reunification</b>.",
                            "## The occupation 1940-1945",
                            "On 9 April 1940 Germany occupied Denmark during the Second World War. At first the Danish government cooperated with the German occupying power. Later the resistance movement grew and, among other things, carried out sabotage against the Germans.",
                            "In October 1943 the Germans wanted to arrest the Danish Jews. Many Danes helped them escape by boat across the Øresund to Sweden, and most of them were saved.",
                            "On the evening of 4 May 1945 the news came on the radio: the German troops in Denmark had surrendered. The liberation took effect on 5 May 1945. Many Danes still put candles in their windows on the evening of 4 May to remember the liberation.",
                        ],
                        "ar": [
                            "## الحرب والخسارة وإعادة التوحيد",
                            "في عام 1864 خسرت الدنمارك حرباً ضد بروسيا والنمسا، وفقدت دوقيتَي شليسفيغ وهولشتاين (Slesvig og Holsten). فأصبحت الدنمارك بلداً صغيراً. وبعد الحرب العالمية الأولى جرى استفتاء شعبي، وفي عام 1920 عاد الجزء الشمالي من شليسفيغ، أي جنوب يولاند (Sønderjylland)، إلى الدنمارك. ويُسمّى ذلك <b>إعادة التوحيد (Genforeningen)</b>.",
                            "## الاحتلال 1940-1945",
                            "في 9 أبريل 1940، خلال الحرب العالمية الثانية، احتلت ألمانيا الدنمارك. في البداية تعاونت الحكومة الدنماركية مع سلطة الاحتلال الألمانية. ثم كبرت حركة المقاومة فيما بعد، وكان من أعمالها التخريب (sabotage) ضد الألمان.",
                            "في أكتوبر 1943 أراد الألمان اعتقال اليهود الدنماركيين. فساعدهم كثير من الدنماركيين على الهروب بالقوارب عبر مضيق أوريسند (Øresund) إلى السويد، ونجا معظمهم.",
                            "مساء 4 مايو 1945 جاء الخبر عبر الإذاعة: القوات الألمانية في الدنمارك استسلمت. وبدأ التحرير (Befrielsen) فعلياً في 5 مايو 1945. وما زال كثير من الدنماركيين يضعون الشموع في نوافذهم مساء 4 مايو لتذكّر التحرير.",
                        ],
                        "uk": [
                            "## Війна, втрати та возз’єднання",
                            "У 1864 році Данія програла війну Пруссії та Австрії і втратила герцогства Шлезвіг і Гольштейн (Slesvig og Holsten). Данія стала маленькою країною. Після Першої світової війни відбувся референдум, і в 1920 році північна частина Шлезвігу – Південна Ютландія (Sønderjylland) – повернулася до Данії. Це називають <b>Возз’єднанням (Genforeningen)</b>.",
                            "## Окупація 1940-1945",
                            "9 квітня 1940 року, під час Другої світової війни, Німеччина окупувала Данію. Спочатку данський уряд співпрацював з німецькою окупаційною владою. Пізніше рух Опору посилився і, зокрема, здійснював диверсії проти німців.",
                            "У жовтні 1943 року німці хотіли заарештувати данських євреїв. Багато данців допомогли їм утекти на човнах через протоку Ересунн (Øresund) до Швеції, і більшість із них урятувалися.",
                            "Увечері 4 травня 1945 року по радіо пролунала звістка: німецькі війська в Данії капітулювали. Визволення (Befrielsen) набуло чинності 5 травня 1945 року. Багато данців і досі ставлять свічки на вікна ввечері 4 травня, щоб згадати визволення.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m08-befrielsen"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Velfærd, NATO og EU",
                            "Efter krigen blev Danmark medlem af NATO i 1949. NATO er et forsvarssamarbejde mellem lande i Europa og Nordamerika. I årene efter skabte man <b>velfærdssamfundet</b>. Alle har fri og lige adgang til skole og sundhed. Og man får hjælp med penge, når man bliver syg, ledig eller gammel.",
                            "Den 1. januar 1973 blev Danmark medlem af EF. I dag hedder det EU. Folket havde stemt ja ved en folkeafstemning i 1972. Danmark har stadig kronen og har ikke euroen.",
                        ],
                        "en": [
                            "## Welfare, NATO and the EU",
                            "After the war, in 1949, Denmark became a member of NATO, a defence alliance between countries in Europe and North America. In the years that followed, the <b>welfare state</b> was built: free and equal access to school and health care, and financial help when you are ill, unemployed or old.",
                            "On 1 January 1973 Denmark became a member of the EC, which today is called the EU. The Danes had voted yes in a referendum in 1972. Denmark has kept the krone and does not use the euro.",
                        ],
                        "ar": [
                            "## الرفاه والناتو والاتحاد الأوروبي",
                            "بعد الحرب، في عام 1949، أصبحت الدنمارك عضواً في حلف شمال الأطلسي (الناتو)، وهو تحالف دفاعي بين دول في أوروبا وأمريكا الشمالية. وفي السنوات التالية بُنيت <b>دولة الرفاه (velfærdssamfundet)</b>: تعليم مدرسي ورعاية صحية مجانيان ومتاحان للجميع بالتساوي، ومساعدة مالية عندما يمرض الإنسان أو يفقد عمله أو يكبر في السن.",
                            "في 1 يناير 1973 أصبحت الدنمارك عضواً في الجماعة الأوروبية (EF)، التي تُسمّى اليوم الاتحاد الأوروبي (EU). وكان الدنماركيون قد صوّتوا بـ«نعم» في استفتاء شعبي عام 1972. وقد احتفظت الدنمارك بعملتها الكرونة (krone) ولم تعتمد اليورو.",
                        ],
                        "uk": [
                            "## Добробут, НАТО та ЄС",
                            "Після війни, у 1949 році, Данія стала членом НАТО – оборонного союзу країн Європи та Північної Америки. У наступні роки будували <b>державу добробуту (velfærdssamfundet)</b>: безкоштовний і рівний доступ до школи та охорони здоров’я, а також фінансову допомогу, коли людина хворіє, втрачає роботу або стає літньою.",
                            "1 січня 1973 року Данія стала членом Європейського співтовариства (EF), яке сьогодні називається Європейським Союзом (ЄС). Данці проголосували «за» на референдумі 1972 року. Данія зберегла свою валюту – крону (krone) – і не перейшла на євро.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Årstal at huske",
                        "en": "Years to remember",
                        "ar": "تواريخ يجب تذكّرها",
                        "uk": "Дати, які варто запам’ятати",
                    },
                    "facts": {
                        "da": [
                            "Ca. 800-1050: vikingetiden.",
                            "5. juni 1849: Danmarks første grundlov.",
                            "1915: kvinder får stemmeret.",
                            "1940-1945: Tyskland besætter Danmark – befrielsen kommer den 5. maj 1945.",
                            "1973: Danmark bliver medlem af EF, i dag EU.",
                            "2024: Frederik 10. bliver konge.",
                        ],
                        "en": [
                            "About 800-1050: the Viking Age.",
                            "5 June 1849: Denmark's first constitution.",
                            "1915: women get the vote.",
                            "1940-1945: Germany occupies Denmark – liberation comes on 5 May 1945.",
                            "1973: Denmark joins the EC, today the EU.",
                            "2024: Frederik X becomes king.",
                        ],
                        "ar": [
                            "نحو 800-1050: عصر الفايكنغ.",
                            "5 يونيو 1849: أول دستور للدنمارك.",
                            "1915: النساء يحصلن على حق التصويت.",
                            "1940-1945: ألمانيا تحتل الدنمارك، ويأتي التحرير في 5 مايو 1945.",
                            "1973: الدنمارك تصبح عضواً في الجماعة الأوروبية، أي الاتحاد الأوروبي اليوم.",
                            "2024: فريدريك العاشر يصبح ملكاً.",
                        ],
                        "uk": [
                            "Приблизно 800-1050: епоха вікінгів.",
                            "5 червня 1849: перша конституція Данії.",
                            "1915: жінки отримують право голосу.",
                            "1940-1945: Німеччина окупує Данію – визволення настає 5 травня 1945 року.",
                            "1973: Данія стає членом Європейського співтовариства, сьогодні – ЄС.",
                            "2024: Фредерік X стає королем.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Lær mere om historien",
                        "en": "Learn more about the history",
                        "ar": "تعلّم المزيد عن التاريخ",
                        "uk": "Дізнайтеся більше про історію",
                    },
                    "intro": {
                        "da": "Besøg et museum, eller læs videre på nettet. Mange museer er gratis for børn.",
                        "en": "Visit a museum, or read more online. Many museums are free for children.",
                        "ar": "زُر متحفاً، أو اقرأ المزيد على الإنترنت. كثير من المتاحف مجانية للأطفال.",
                        "uk": "Відвідайте музей або читайте далі в інтернеті. Багато музеїв безкоштовні для дітей.",
                    },
                    "resources": ["m08-nationalmuseet", "m08-danmarkshistorien", "m08-kongehuset"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilken begivenhed i Danmarks historie minder dig om noget fra dit eget lands historie?",
                        "en": "Which event in Danish history reminds you of something from your own country's history?",
                        "ar": "أي حدث في تاريخ الدنمارك يذكّرك بشيء من تاريخ بلدك؟",
                        "uk": "Яка подія в історії Данії нагадує вам щось з історії вашої країни?",
                    },
                    "hint": {
                        "da": "Tænk på krig og besættelse, en konge, en ny forfatning eller kampen for stemmeret.",
                        "en": "Think about war and occupation, a king, a new constitution or the struggle for the right to vote.",
                        "ar": "فكّر في الحرب والاحتلال، أو في ملك، أو في دستور جديد، أو في النضال من أجل حق التصويت.",
                        "uk": "Подумайте про війну й окупацію, короля, нову конституцію або боротьбу за право голосу.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: Danmarks historie",
                        "en": "Test yourself: Danish history",
                        "ar": "اختبر نفسك: تاريخ الدنمارك",
                        "uk": "Перевірте себе: історія Данії",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad skete der den 5. juni 1849?",
                                "en": "What happened on 5 June 1849?",
                                "ar": "ماذا حدث في 5 يونيو 1849؟",
                                "uk": "Що сталося 5 червня 1849 року?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Danmark fik sin første grundlov.",
                                        "en": "Denmark got its first constitution.",
                                        "ar": "حصلت الدنمارك على أول دستور لها.",
                                        "uk": "Данія отримала свою першу конституцію.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Vikingetiden begyndte.",
                                        "en": "The Viking Age began.",
                                        "ar": "بدأ عصر الفايكنغ.",
                                        "uk": "Почалася епоха вікінгів.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Danmark blev medlem af EU.",
                                        "en": "Denmark joined the EU.",
                                        "ar": "أصبحت الدنمارك عضواً في الاتحاد الأوروبي.",
                                        "uk": "Данія стала членом ЄС.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kong Frederik 7. skrev under på den første grundlov den 5. juni 1849. Det var enden på enevælden.",
                                "en": "King Frederik VII signed the first constitution on 5 June 1849. It was the end of absolute monarchy.",
                                "ar": "وقّع الملك فريدريك السابع على أول دستور في 5 يونيو 1849. وكان ذلك نهاية الحكم المطلق.",
                                "uk": "Король Фредерік VII підписав першу конституцію 5 червня 1849 року. Це був кінець абсолютної монархії.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvornår blev Danmark befriet fra den tyske besættelse?",
                                "en": "When was Denmark liberated from the German occupation?",
                                "ar": "متى تحررت الدنمارك من الاحتلال الألماني؟",
                                "uk": "Коли Данію визволили від німецької окупації?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "5. maj 1945",
                                        "en": "5 May 1945",
                                        "ar": "5 مايو 1945",
                                        "uk": "5 травня 1945",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "9. april 1940",
                                        "en": "9 April 1940",
                                        "ar": "9 أبريل 1940",
                                        "uk": "9 квітня 1940",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "24. december 1945",
                                        "en": "24 December 1945",
                                        "ar": "24 ديسمبر 1945",
                                        "uk": "24 грудня 1945",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Besættelsen begyndte den 9. april 1940. Befrielsen kom den 5. maj 1945, efter budskabet i radioen aftenen før.",
                                "en": "The occupation began on 9 April 1940. Liberation came on 5 May 1945, after the news on the radio the evening before.",
                                "ar": "بدأ الاحتلال في 9 أبريل 1940. وجاء التحرير في 5 مايو 1945، بعد الخبر الذي أُذيع في الإذاعة في المساء السابق.",
                                "uk": "Окупація почалася 9 квітня 1940 року. Визволення настало 5 травня 1945 року, після звістки по радіо напередодні ввечері.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvornår blev Danmark medlem af EF, det nuværende EU?",
                                "en": "When did Denmark join the EC, today's EU?",
                                "ar": "متى أصبحت الدنمارك عضواً في الجماعة الأوروبية (EF)، أي الاتحاد الأوروبي الحالي؟",
                                "uk": "Коли Данія стала членом Європейського співтовариства (EF), теперішнього ЄС?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "1973", "en": "1973", "ar": "1973", "uk": "1973"},
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "1849", "en": "1849", "ar": "1849", "uk": "1849"},
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "2012", "en": "2012", "ar": "2012", "uk": "2012"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Danmark blev medlem den 1. januar 1973 efter en folkeafstemning i 1972.",
                                "en": "Denmark became a member on 1 January 1973 after a referendum in 1972.",
                                "ar": "أصبحت الدنمارك عضواً في 1 يناير 1973 بعد استفتاء شعبي عام 1972.",
                                "uk": "Данія стала членом 1 січня 1973 року після референдуму 1972 року.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem er Danmarks konge i dag?",
                                "en": "Who is Denmark's king today?",
                                "ar": "من هو ملك الدنمارك اليوم؟",
                                "uk": "Хто сьогодні король Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Frederik 10.",
                                        "en": "Frederik X",
                                        "ar": "فريدريك العاشر",
                                        "uk": "Фредерік X",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Harald Blåtand",
                                        "en": "Harald Bluetooth",
                                        "ar": "هارالد ذو السن الزرقاء",
                                        "uk": "Гаральд Синьозубий",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Frederik 7.",
                                        "en": "Frederik VII",
                                        "ar": "فريدريك السابع",
                                        "uk": "Фредерік VII",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Frederik 10. blev konge den 14. januar 2024. Harald Blåtand var vikingekonge, og Frederik 7. skrev under på Grundloven i 1849.",
                                "en": "Frederik X became king on 14 January 2024. Harald Bluetooth was a Viking king, and Frederik VII signed the Constitution in 1849.",
                                "ar": "أصبح فريدريك العاشر ملكاً في 14 يناير 2024. أما هارالد ذو السن الزرقاء فكان ملكاً في عصر الفايكنغ، وفريدريك السابع هو الذي وقّع على الدستور عام 1849.",
                                "uk": "Фредерік X став королем 14 січня 2024 року. Гаральд Синьозубий був королем доби вікінгів, а Фредерік VII підписав Конституцію в 1849 році.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "holidays-and-traditions",
            "last_checked": "2026-12-07",
            "estimated_minutes": 40,
            "title": {
                "da": "Højtider og traditioner gennem året",
                "en": "Holidays and traditions through the year",
                "ar": "الأعياد والتقاليد على مدار السنة",
                "uk": "Свята й традиції протягом року",
            },
            "intro": {
                "da": "Jul, påske, fastelavn, Sankt Hans og andre traditioner – hvad sker der, og hvordan kan du være med?",
                "en": "Christmas, Easter, Shrovetide, Midsummer and other traditions – what happens, and how can you join in?",
                "ar": "عيد الميلاد وعيد الفصح والكرنفال الشعبي (fastelavn) وليلة منتصف الصيف (Sankt Hans) وتقاليد أخرى: ماذا يحدث فيها، وكيف يمكنك أن تشارك؟",
                "uk": "Різдво, Великдень, Масляна (fastelavn), Іванів вечір (Sankt Hans) та інші традиції – що відбувається і як ви можете долучитися?",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Året i Danmark",
                            "Mange danske traditioner hænger sammen med årstiderne og med kristendommen. Mange danskere fejrer højtiderne uden at være særlig religiøse. For dem handler det om familie, mad, sange og <b>hygge</b>. Du er som regel velkommen til at være med – også hvis du har en anden religion.",
                            "På de officielle helligdage har de fleste fri fra arbejde og skole, og mange butikker har kortere åbningstid eller er lukket.",
                        ],
                        "en": [
                            "## The year in Denmark",
                            "Many Danish traditions are linked to the seasons and to Christianity. Many Danes celebrate the holidays without being very religious. For them it is about family, food, songs and <b>hygge</b>. You are usually welcome to join in – even if you have a different religion.",
                            "On the official public holidays most people have a day off from work and school, and many shops have shorter opening hours or are closed.",
                        ],
                        "ar": [
                            "## السنة في الدنمارك",
                            "كثير من التقاليد الدنماركية مرتبط بفصول السنة وبالمسيحية. ويحتفل كثير من الدنماركيين بالأعياد دون أن يكونوا متدينين جداً. فالأعياد بالنسبة لهم تعني العائلة والطعام والأغاني والـ<b>hygge</b> (أجواء الدفء والألفة). وفي العادة يُرحَّب بك إذا أردت المشاركة، حتى لو كان لك دين آخر.",
                            "في أيام العطل الرسمية (helligdage) لا يذهب معظم الناس إلى العمل أو المدرسة، وكثير من المتاجر تفتح لساعات أقل أو تكون مغلقة.",
                        ],
                        "uk": [
                            "## Рік у Данії",
                            "Багато данських традицій пов’язані з порами року та з християнством. Багато данців святкують свята, хоча не є дуже релігійними. Для них це про родину, їжу, пісні та <b>hygge</b> (затишок). Зазвичай вам будуть раді, якщо ви долучитеся, – навіть якщо у вас інша релігія.",
                            "В офіційні святкові дні (helligdage) більшість людей не працює і не ходить до школи, а багато магазинів працюють коротше або зачинені.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m08-hygge"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Jul og nytår",
                            "Julen er den største højtid i Danmark. I december tænder man lys, spiser æbleskiver og holder julefrokost med kolleger eller venner. De fire søndage før jul kaldes advent.",
                            "Den vigtigste aften er <b>juleaften den 24. december</b>. Familien spiser sammen, fx and eller flæskesteg. Til dessert spiser mange risalamande, og den, der finder den hele mandel, får en gave. Bagefter danser man rundt om juletræet, synger julesange og giver gaver. Den 25. og 26. december er helligdage.",
                            "<b>Nytårsaften den 31. december</b> ser mange kongens nytårstale i tv kl. 18. Ved midnat skåler man, spiser kransekage og ser fyrværkeri.",
                        ],
                        "en": [
                            "## Christmas and New Year",
                            "Christmas is the biggest holiday in Denmark. In December people light candles, eat æbleskiver (small round pancakes) and have a Christmas lunch with colleagues or friends. The four Sundays before Christmas are called Advent.",
                            "The most important evening is <b>Christmas Eve on 24 December</b>. The family eats together, for example duck or roast pork. For dessert many eat risalamande (rice pudding with almonds), and whoever finds the whole almond gets a present. Afterwards people dance around the Christmas tree, sing carols and give presents. 25 and 26 December are public holidays.",
                            "On <b>New Year's Eve, 31 December</b>, many people watch the king's New Year speech on TV at 6 pm. At midnight people make a toast, eat kransekage (almond ring cake) and watch fireworks.",
                        ],
                        "ar": [
                            "## عيد الميلاد ورأس السنة",
                            "عيد الميلاد (jul) هو أكبر عيد في الدنمارك. في ديسمبر يُشعل الناس الشموع، ويأكلون æbleskiver (فطائر صغيرة مستديرة)، ويقيمون غداء عيد الميلاد (julefrokost) مع الزملاء أو الأصدقاء. وتُسمّى أيام الأحد الأربعة التي تسبق عيد الميلاد زمن المجيء (advent).",
                            "أهم أمسية هي <b>ليلة عيد الميلاد (juleaften) في 24 ديسمبر</b>. تأكل العائلة معاً، مثلاً البط أو لحم الخنزير المشوي (flæskesteg). وفي الحلوى يأكل كثيرون risalamande (أرز بالحليب مع اللوز)، ومن يجد اللوزة الكاملة يحصل على هدية. بعد ذلك يرقص الناس حول شجرة عيد الميلاد، ويغنّون أغاني العيد، ويتبادلون الهدايا. ويوما 25 و26 ديسمبر عطلتان رسميتان.",
                            "في <b>ليلة رأس السنة (nytårsaften) في 31 ديسمبر</b> يشاهد كثيرون خطاب الملك بمناسبة رأس السنة على التلفزيون في الساعة 18. وعند منتصف الليل يرفع الناس الأنخاب، ويأكلون kransekage (كعكة حلقات اللوز)، ويشاهدون الألعاب النارية.",
                        ],
                        "uk": [
                            "## Різдво та Новий рік",
                            "Різдво (jul) – найбільше свято в Данії. У грудні запалюють свічки, їдять æbleskiver (маленькі круглі оладки) і влаштовують різдвяний обід (julefrokost) з колегами або друзями. Чотири неділі перед Різдвом називають адвентом (advent).",
                            "Найважливіший вечір – <b>Святвечір (juleaften) 24 грудня</b>. Родина вечеряє разом, наприклад качкою або запеченою свининою (flæskesteg). На десерт багато хто їсть risalamande (рисовий пудинг з мигдалем), і той, хто знайде цілий мигдаль, отримує подарунок. Потім танцюють навколо ялинки, співають різдвяних пісень і дарують подарунки. 25 і 26 грудня – святкові дні.",
                            "У <b>новорічний вечір (nytårsaften) 31 грудня</b> багато хто о 18:00 дивиться по телевізору новорічну промову короля. Опівночі піднімають келихи, їдять kransekage (мигдальний торт із кілець) і дивляться феєрверк.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Fastelavn og påske",
                            "<b>Fastelavn</b> er i februar eller marts, syv uger før påske. Børnene klæder sig ud og slår “katten af tønden” – en tønde fyldt med slik. Man spiser fastelavnsboller, og skoler og børnehaver holder ofte fastelavnsfest.",
                            "<b>Påsken</b> er i marts eller april. Skærtorsdag, langfredag, påskedag og 2. påskedag er helligdage. Mange holder påskefrokost, maler æg og spiser chokoladeæg. Børn sender <b>gækkebreve</b>: et klippet brev med et lille rim, hvor afsenderens navn er skrevet med prikker. Gætter modtageren ikke, hvem brevet er fra, skal han eller hun give et påskeæg.",
                            "I foråret er Kristi himmelfartsdag og pinse også helligdage. Store bededag er ikke længere en helligdag. Den blev afskaffet fra 2024.",
                        ],
                        "en": [
                            "## Shrovetide and Easter",
                            "<b>Fastelavn</b> (Shrovetide) is in February or March, seven weeks before Easter. Children dress up and “hit the cat out of the barrel” – a barrel filled with sweets. People eat fastelavnsboller (cream buns), and schools and kindergartens often hold a Shrovetide party.",
                            "<b>Easter</b> is in March or April. Maundy Thursday, Good Friday, Easter Sunday and Easter Monday are public holidays. Many people have an Easter lunch, paint eggs and eat chocolate eggs. Children send <b>gækkebreve</b> (teasing letters): a paper-cut letter with a little rhyme, where the sender's name is written as dots. If the receiver cannot guess who sent it, he or she must give an Easter egg.",
                            "In spring, Ascension Day and Whitsun are also public holidays. Store bededag (Great Prayer Day) is no longer a public holiday. It was abolished from 2024.",
                        ],
                        "ar": [
                            "## الكرنفال الشعبي (fastelavn) وعيد الفصح",
                            "يكون <b>fastelavn</b> (الكرنفال الشعبي) في فبراير أو مارس، قبل عيد الفصح بسبعة أسابيع. يتنكّر الأطفال بأزياء مختلفة ويضربون برميلاً مملوءاً بالحلوى، ويُسمّى ذلك «ضرب القطة من البرميل» (slå katten af tønden). ويأكل الناس fastelavnsboller (كعكات محشوة بالكريمة)، وكثيراً ما تقيم المدارس ورياض الأطفال حفلة fastelavn.",
                            "يكون <b>عيد الفصح (påske)</b> في مارس أو أبريل. وأيام خميس العهد والجمعة العظيمة وأحد الفصح واثنين الفصح عطل رسمية. ويقيم كثيرون غداء الفصح، ويلوّنون البيض، ويأكلون بيض الشوكولاتة. ويرسل الأطفال <b>gækkebreve</b> (رسائل المزاح): رسالة من ورق مقصوص فيها قافية صغيرة، ويُكتب فيها اسم المرسل بنقاط. وإذا لم يعرف المستلم من أرسل الرسالة، فعليه أن يعطي المرسل بيضة فصح.",
                            "في الربيع يكون عيد الصعود (Kristi himmelfartsdag) وعيد العنصرة (pinse) أيضاً من العطل الرسمية. أما يوم الصلاة الكبير (store bededag) فلم يعد عطلة رسمية، فقد أُلغي ابتداءً من عام 2024.",
                        ],
                        "uk": [
                            "## Масляна і Великдень",
                            "<b>Масляна (fastelavn)</b> буває в лютому або березні, за сім тижнів до Великодня. Діти перевдягаються й «вибивають кота з бочки» (slår katten af tønden) – б’ють по бочці, наповненій цукерками. Їдять fastelavnsboller (булочки з кремом), а школи й садочки часто влаштовують свято Масляної.",
                            "<b>Великдень (påske)</b> буває в березні або квітні. Чистий четвер, Страсна п’ятниця, Великдень і Великодній понеділок – святкові дні. Багато хто влаштовує великодній обід, розмальовує яйця та їсть шоколадні яйця. Діти надсилають <b>gækkebreve</b> (жартівливі листи): вирізаний з паперу лист із коротким віршиком, де ім’я відправника позначене крапками. Якщо одержувач не вгадає, від кого лист, він чи вона має подарувати великоднє яйце.",
                            "Навесні святковими днями є також Вознесіння (Kristi himmelfartsdag) і Трійця (pinse). Великий день молитви (store bededag) більше не є святковим днем: його скасували з 2024 року.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Grundlovsdag og Sankt Hans",
                            "Den <b>5. juni</b> er Grundlovsdag. Det er ikke en officiel helligdag, men mange har fri hele eller en del af dagen. Rundt om i landet holder man taler og møder om demokrati.",
                            "<b>Sankt Hans aften den 23. juni</b> fejrer man midsommer – den lyseste tid på året. Man tænder bål ved stranden eller i parken, ofte med en heks lavet af halm og stof på toppen. Man synger Midsommervisen “Vi elsker vort land”. Alle kan komme, og det er gratis.",
                            "## Dine egne højtider",
                            "Danmark er i dag et land med mange religioner og kulturer. Mange fejrer fx ramadan og eid, jødiske højtider eller ortodoks jul. Du har ret til at holde dine højtider. Vil du have fri til en højtid, der ikke er en dansk helligdag, så tal med din arbejdsplads eller skole i god tid. Ofte kan du bruge en feriedag.",
                            "Et godt råd: Inviter naboer eller kolleger til at smage jeres mad, når I fejrer noget. Det er en god måde at lære hinanden at kende på.",
                        ],
                        "en": [
                            "## Constitution Day and Midsummer",
                            "<b>5 June</b> is Constitution Day. It is not an official public holiday, but many people have all or part of the day off. Around the country people hold speeches and meetings about democracy.",
                            "On <b>Sankt Hans aften, 23 June</b> (Midsummer Eve), people celebrate midsummer – the lightest time of the year. They light bonfires on the beach or in the park, often with a witch made of straw and cloth on top. People sing the Midsummer song “Vi elsker vort land” (We love our country). Everyone can come, and it is free.",
                            "## Your own holidays",
                            "Today Denmark is a country with many religions and cultures. Many people celebrate, for example, Ramadan and Eid, Jewish holidays or Orthodox Christmas. You have the right to keep your holidays. If you want time off for a holiday that is not a Danish public holiday, talk to your workplace or school in good time. Often you can use a day of annual leave.",
                            "A good tip: invite neighbours or colleagues to taste your food when you celebrate something. It is a good way to get to know each other.",
                        ],
                        "ar": [
                            "## يوم الدستور وليلة منتصف الصيف",
                            "يوم <b>5 يونيو</b> هو يوم الدستور (Grundlovsdag). وهو ليس عطلة رسمية، لكن كثيرين يأخذون اليوم كله أو جزءاً منه عطلة. وفي أنحاء البلاد تُلقى خطابات وتُعقد لقاءات عن الديمقراطية.",
                            "في <b>ليلة منتصف الصيف (Sankt Hans aften) في 23 يونيو</b> يحتفل الناس بمنتصف الصيف، وهو أكثر أوقات السنة ضوءاً. يُشعلون ناراً كبيرة على الشاطئ أو في الحديقة العامة، وغالباً ما توضع فوقها ساحرة مصنوعة من القش والقماش. ويغنّون أغنية منتصف الصيف «Vi elsker vort land» (نحن نحب بلدنا). يمكن للجميع الحضور، والمشاركة مجانية.",
                            "## أعيادك أنت",
                            "الدنمارك اليوم بلد فيه أديان وثقافات كثيرة. يحتفل كثيرون مثلاً برمضان والعيد، أو بالأعياد اليهودية، أو بعيد الميلاد الأرثوذكسي. من حقك أن تحتفل بأعيادك. وإذا أردت إجازة في عيد ليس عطلة رسمية في الدنمارك، فتحدّث مع مكان عملك أو مدرستك قبل وقت كافٍ. وغالباً يمكنك أن تستخدم يوماً من إجازتك السنوية.",
                            "نصيحة جيدة: ادعُ جيرانك أو زملاءك لتذوّق طعامكم عندما تحتفلون بمناسبة ما. فهذه طريقة جيدة ليتعرّف بعضكم على بعض.",
                        ],
                        "uk": [
                            "## День Конституції та Іванів вечір",
                            "<b>5 червня</b> – День Конституції (Grundlovsdag). Це не офіційний святковий день, але багато людей мають вихідний на весь день або на його частину. По всій країні виголошують промови й проводять зустрічі про демократію.",
                            "<b>Іванового вечора (Sankt Hans aften) 23 червня</b> святкують середину літа – найсвітлішу пору року. Розпалюють багаття на пляжі або в парку, часто з відьмою із соломи й тканини на верхівці. Співають пісню літнього сонцестояння «Vi elsker vort land» («Ми любимо нашу країну»). Прийти може кожен, і це безкоштовно.",
                            "## Ваші власні свята",
                            "Сьогодні Данія – країна багатьох релігій і культур. Багато людей святкують, наприклад, Рамадан і Ід, юдейські свята або православне Різдво. Ви маєте право відзначати свої свята. Якщо ви хочете вихідний на свято, яке не є святковим днем у Данії, заздалегідь поговоріть про це на роботі або в школі. Часто можна використати день відпустки.",
                            "Добра порада: коли ви щось святкуєте, запросіть сусідів або колег покуштувати вашу їжу. Це гарний спосіб познайомитися ближче.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Vigtige dage",
                        "en": "Important days",
                        "ar": "أيام مهمة",
                        "uk": "Важливі дні",
                    },
                    "facts": {
                        "da": [
                            "Juleaften den 24. december er julens vigtigste aften.",
                            "Nytårsaften den 31. december: kongens nytårstale kl. 18.",
                            "Fastelavn: børn klæder sig ud og slår katten af tønden.",
                            "Påske: skærtorsdag, langfredag, påskedag og 2. påskedag er helligdage.",
                            "Grundlovsdag den 5. juni og Sankt Hans aften den 23. juni med bål.",
                        ],
                        "en": [
                            "Christmas Eve, 24 December, is the most important evening of Christmas.",
                            "New Year's Eve, 31 December: the king's New Year speech at 6 pm.",
                            "Shrovetide: children dress up and hit the cat out of the barrel.",
                            "Easter: Maundy Thursday, Good Friday, Easter Sunday and Easter Monday are public holidays.",
                            "Constitution Day on 5 June and Midsummer Eve on 23 June with bonfires.",
                        ],
                        "ar": [
                            "ليلة عيد الميلاد في 24 ديسمبر هي أهم أمسية في عيد الميلاد.",
                            "ليلة رأس السنة في 31 ديسمبر: خطاب الملك بمناسبة رأس السنة في الساعة 18.",
                            "الكرنفال الشعبي (fastelavn): يتنكّر الأطفال ويضربون «القطة من البرميل».",
                            "عيد الفصح: خميس العهد والجمعة العظيمة وأحد الفصح واثنين الفصح عطل رسمية.",
                            "يوم الدستور في 5 يونيو، وليلة منتصف الصيف في 23 يونيو مع النار الكبيرة.",
                        ],
                        "uk": [
                            "Святвечір 24 грудня – найважливіший вечір Різдва.",
                            "Новорічний вечір 31 грудня: новорічна промова короля о 18:00.",
                            "Масляна: діти перевдягаються й «вибивають кота з бочки».",
                            "Великдень: Чистий четвер, Страсна п’ятниця, Великдень і Великодній понеділок – святкові дні.",
                            "День Конституції 5 червня та Іванів вечір 23 червня з багаттям.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Læs mere om traditionerne",
                        "en": "Read more about the traditions",
                        "ar": "اقرأ المزيد عن التقاليد",
                        "uk": "Читайте більше про традиції",
                    },
                    "intro": {
                        "da": "Her kan du læse om baggrunden for de kristne højtider og om gamle danske skikke.",
                        "en": "Here you can read about the background of the Christian holidays and about old Danish customs.",
                        "ar": "هنا يمكنك أن تقرأ عن أصل الأعياد المسيحية وعن العادات الدنماركية القديمة.",
                        "uk": "Тут можна прочитати про походження християнських свят і про старі данські звичаї.",
                    },
                    "resources": ["m08-folkekirken", "m08-nationalmuseet"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilken dansk tradition vil du gerne prøve, og hvilken tradition fra din egen kultur vil du gerne vise andre?",
                        "en": "Which Danish tradition would you like to try, and which tradition from your own culture would you like to show others?",
                        "ar": "أي تقليد دنماركي تودّ أن تجرّبه، وأي تقليد من ثقافتك تودّ أن تُعرّف الآخرين به؟",
                        "uk": "Яку данську традицію ви хотіли б спробувати і яку традицію зі своєї культури хотіли б показати іншим?",
                    },
                    "hint": {
                        "da": "Tænk på mad, sange, lys, gaver og det at være sammen med andre.",
                        "en": "Think about food, songs, lights, presents and being together with others.",
                        "ar": "فكّر في الطعام والأغاني والأضواء والهدايا والاجتماع مع الآخرين.",
                        "uk": "Подумайте про їжу, пісні, свічки й вогні, подарунки та час разом з іншими.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: højtider og traditioner",
                        "en": "Test yourself: holidays and traditions",
                        "ar": "اختبر نفسك: الأعياد والتقاليد",
                        "uk": "Перевірте себе: свята й традиції",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvornår fejrer de fleste danskere jul med familien?",
                                "en": "When do most Danes celebrate Christmas with their family?",
                                "ar": "متى يحتفل معظم الدنماركيين بعيد الميلاد مع العائلة؟",
                                "uk": "Коли більшість данців святкує Різдво з родиною?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Om aftenen den 24. december.",
                                        "en": "On the evening of 24 December.",
                                        "ar": "مساء 24 ديسمبر.",
                                        "uk": "Увечері 24 грудня.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Den 6. januar.",
                                        "en": "On 6 January.",
                                        "ar": "في 6 يناير.",
                                        "uk": "6 січня.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Den 23. juni.",
                                        "en": "On 23 June.",
                                        "ar": "في 23 يونيو.",
                                        "uk": "23 червня.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Juleaften den 24. december er den store aften med mad, juletræ og gaver.",
                                "en": "Christmas Eve on 24 December is the big evening with food, the Christmas tree and presents.",
                                "ar": "ليلة عيد الميلاد في 24 ديسمبر هي الأمسية الكبيرة، مع الطعام وشجرة الميلاد والهدايا.",
                                "uk": "Святвечір 24 грудня – це великий вечір зі святковою їжею, ялинкою та подарунками.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad gør børn til fastelavn?",
                                "en": "What do children do at Shrovetide?",
                                "ar": "ماذا يفعل الأطفال في الكرنفال الشعبي (fastelavn)؟",
                                "uk": "Що роблять діти на Масляну?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "De klæder sig ud og slår katten af tønden.",
                                        "en": "They dress up and hit the cat out of the barrel.",
                                        "ar": "يتنكّرون ويضربون «القطة من البرميل».",
                                        "uk": "Перевдягаються й «вибивають кота з бочки».",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "De tænder bål på stranden.",
                                        "en": "They light bonfires on the beach.",
                                        "ar": "يُشعلون ناراً كبيرة على الشاطئ.",
                                        "uk": "Розпалюють багаття на пляжі.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "De danser om juletræet.",
                                        "en": "They dance around the Christmas tree.",
                                        "ar": "يرقصون حول شجرة عيد الميلاد.",
                                        "uk": "Танцюють навколо ялинки.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Til fastelavn klæder børn sig ud og slår på en tønde med slik. Bål hører til Sankt Hans, og juletræet til jul.",
                                "en": "At Shrovetide children dress up and hit a barrel of sweets. Bonfires belong to Midsummer, and the Christmas tree to Christmas.",
                                "ar": "في fastelavn يتنكّر الأطفال ويضربون برميلاً فيه حلوى. أما النار الكبيرة فهي من تقاليد ليلة منتصف الصيف، وشجرة الميلاد من تقاليد عيد الميلاد.",
                                "uk": "На Масляну діти перевдягаються й б’ють по бочці з цукерками. Багаття – це традиція Іванового вечора, а ялинка – Різдва.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad sker der Sankt Hans aften?",
                                "en": "What happens on Midsummer Eve?",
                                "ar": "ماذا يحدث في ليلة منتصف الصيف (Sankt Hans aften)؟",
                                "uk": "Що відбувається Іванового вечора?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Man tænder bål og synger Midsommervisen.",
                                        "en": "People light bonfires and sing the Midsummer song.",
                                        "ar": "يُشعل الناس ناراً كبيرة ويغنّون أغنية منتصف الصيف.",
                                        "uk": "Розпалюють багаття й співають пісню літнього сонцестояння.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Man leder efter mandlen i risalamanden.",
                                        "en": "People look for the almond in the rice pudding.",
                                        "ar": "يبحث الناس عن اللوزة في الـrisalamande.",
                                        "uk": "Шукають мигдаль у risalamande.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Man ser kongens nytårstale.",
                                        "en": "People watch the king's New Year speech.",
                                        "ar": "يشاهد الناس خطاب الملك بمناسبة رأس السنة.",
                                        "uk": "Дивляться новорічну промову короля.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Sankt Hans aften den 23. juni tænder man bål og synger “Vi elsker vort land”.",
                                "en": "On Midsummer Eve, 23 June, people light bonfires and sing “Vi elsker vort land”.",
                                "ar": "في ليلة منتصف الصيف في 23 يونيو يُشعل الناس ناراً كبيرة ويغنّون «Vi elsker vort land».",
                                "uk": "Іванового вечора, 23 червня, розпалюють багаття й співають «Vi elsker vort land».",
                            },
                        },
                        {
                            "question": {
                                "da": "Du vil gerne holde fri til eid. Hvad er en god idé?",
                                "en": "You would like time off for Eid. What is a good idea?",
                                "ar": "تريد أن تأخذ إجازة في العيد. ما الذي يُستحسن أن تفعله؟",
                                "uk": "Ви хочете взяти вихідний на Ід. Що варто зробити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Tale med min arbejdsplads i god tid – ofte kan jeg bruge en feriedag.",
                                        "en": "Talk to my workplace in good time – often I can use a day of annual leave.",
                                        "ar": "أتحدث مع مكان عملي قبل وقت كافٍ، فغالباً يمكنني أن أستخدم يوماً من إجازتي السنوية.",
                                        "uk": "Заздалегідь поговорити з роботодавцем – часто можна використати день відпустки.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Blive væk uden at sige noget.",
                                        "en": "Stay away without saying anything.",
                                        "ar": "أتغيّب دون أن أقول شيئاً.",
                                        "uk": "Не прийти, нічого не сказавши.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Lade være – det er forbudt at fejre eid i Danmark.",
                                        "en": "Not celebrate – it is forbidden to celebrate Eid in Denmark.",
                                        "ar": "لا أحتفل، فالاحتفال بالعيد ممنوع في الدنمارك.",
                                        "uk": "Не святкувати – в Данії святкувати Ід заборонено.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du har ret til at fejre dine højtider. Aftal fri i god tid, så din arbejdsplads kan planlægge.",
                                "en": "You have the right to celebrate your holidays. Arrange time off in good time so your workplace can plan.",
                                "ar": "من حقك أن تحتفل بأعيادك. اتفق على الإجازة قبل وقت كافٍ حتى يتمكن مكان عملك من التخطيط.",
                                "uk": "Ви маєте право відзначати свої свята. Домовтеся про вихідний заздалегідь, щоб на роботі могли все спланувати.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "values-and-religion",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Værdier, hverdagskultur og religion",
                "en": "Values, everyday culture and religion",
                "ar": "القيم وثقافة الحياة اليومية والدين",
                "uk": "Цінності, повсякденна культура та релігія",
            },
            "intro": {
                "da": "Tillid, ligeværd, hygge, punktlighed og direkte tale – og hvordan folkekirken og religionsfriheden hænger sammen.",
                "en": "Trust, equal worth, hygge, punctuality and direct speech – and how the Church of Denmark and freedom of religion fit together.",
                "ar": "الثقة والمساواة في القيمة والـhygge والالتزام بالمواعيد والكلام المباشر، وكيف تجتمع الكنيسة الوطنية (Folkekirken) مع حرية الدين.",
                "uk": "Довіра, рівноцінність, hygge, пунктуальність і пряма мова – і як поєднуються Церква Данії (Folkekirken) та свобода віросповідання.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tillid",
                            "Danmark er et af de lande i verden, hvor folk har mest <b>tillid</b> til hinanden og til myndighederne. Tillid betyder, at man tror på, at andre er ærlige og holder, hvad de lover.",
                            "Du kan se tilliden i hverdagen. Forældre lader barnevognen stå uden for caféen, mens barnet sover. På landet står der små boder ved vejen med kartofler eller blomster, hvor man selv lægger pengene i en kasse. Mange regner med, at politiet og kommunen behandler dem retfærdigt.",
                            "Tilliden bygger på, at alle gør deres del: betaler skat, siger sandheden og overholder aftaler. Det gælder også dig.",
                        ],
                        "en": [
                            "## Trust",
                            "Denmark is one of the countries in the world where people have the most <b>trust</b> in each other and in the authorities. Trust means believing that others are honest and keep their promises.",
                            "You can see this trust in everyday life. Parents leave the pram outside the café while the baby sleeps. In the countryside there are small stalls by the road with potatoes or flowers, where you put the money in a box yourself. Many people expect the police and the municipality to treat them fairly.",
                            "Trust depends on everyone doing their part: paying tax, telling the truth and keeping agreements. That applies to you too.",
                        ],
                        "ar": [
                            "## الثقة",
                            "الدنمارك من دول العالم التي يملك فيها الناس أكبر قدر من <b>الثقة (tillid)</b> ببعضهم وبالسلطات. الثقة تعني أن تؤمن بأن الآخرين صادقون ويفون بما يعِدون به.",
                            "يمكنك أن ترى هذه الثقة في الحياة اليومية. يترك الآباء والأمهات عربة الطفل خارج المقهى بينما ينام الطفل فيها. وفي الريف توجد أكشاك صغيرة على جانب الطريق فيها بطاطس أو زهور، ويضع المشتري المال بنفسه في صندوق. ويتوقع كثيرون أن تعاملهم الشرطة والبلدية (kommune) بعدل.",
                            "وتقوم الثقة على أن يقوم كل شخص بدوره: أن يدفع الضرائب، ويقول الحقيقة، ويلتزم بالاتفاقات. وهذا ينطبق عليك أيضاً.",
                        ],
                        "uk": [
                            "## Довіра",
                            "Данія – одна з країн світу, де люди мають найбільше <b>довіри (tillid)</b> одне до одного та до органів влади. Довіра означає віру в те, що інші чесні й дотримують своїх обіцянок.",
                            "Цю довіру видно в повсякденному житті. Батьки залишають дитячий візок біля кафе, поки дитина спить. У сільській місцевості біля дороги стоять невеликі прилавки з картоплею чи квітами, де покупець сам кладе гроші в скриньку. Багато людей розраховують, що поліція й комуна (kommune) ставитимуться до них справедливо.",
                            "Довіра тримається на тому, що кожен робить свою частину: сплачує податки, каже правду й дотримується домовленостей. Це стосується і вас.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m08-tillid"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Ligeværd",
                            "I Danmark er alle mennesker lige meget værd. Man siger “du” til næsten alle, også til chefen, læreren og lægen, og man bruger fornavne. På mange arbejdspladser må medarbejderne gerne sige deres mening – også til chefen.",
                            "Mange danskere kan ikke lide at prale. Man taler ofte om <b>Janteloven</b>: en uskreven regel om, at man ikke skal tro, at man er bedre end andre. Udtrykket kommer fra en roman af Aksel Sandemose fra 1933.",
                            "## Punktlighed og direkte tale",
                            "Danskere sætter pris på, at man kommer til tiden. Er du inviteret til et møde kl. 9, så kom kl. 9 – gerne lidt før. Er du inviteret til middag kl. 18, så kom til tiden eller højst nogle få minutter senere. Kan du ikke nå det, så send en besked. Man laver ofte aftaler lang tid i forvejen, også med venner.",
                            "Mange danskere taler ret direkte. Siger de “nej tak” til mere mad, mener de det, og du behøver ikke spørge igen. En kollega kan sige “det er ikke godt nok” uden at mene det uhøfligt. Danskere bruger også meget ironi og humor. Spørg, hvis du er i tvivl om, hvad de mener.",
                        ],
                        "en": [
                            "## Equal worth",
                            "In Denmark all people are of equal worth. People use the informal “du” (you) with almost everyone, including the boss, the teacher and the doctor, and they use first names. At many workplaces employees are welcome to say what they think – also to the boss.",
                            "Many Danes do not like to boast. People often talk about <b>Janteloven</b> (the Law of Jante): an unwritten rule that you should not think you are better than others. The expression comes from a 1933 novel by Aksel Sandemose.",
                            "## Punctuality and direct speech",
                            "Danes value people arriving on time. If you are invited to a meeting at 9, come at 9 – preferably a little before. If you are invited to dinner at 6 pm, arrive on time or at most a few minutes late. If you cannot make it, send a message. People often make plans long in advance, also with friends.",
                            "Many Danes speak quite directly. If they say “no thanks” to more food, they mean it, and you do not need to ask again. A colleague may say “that is not good enough” without meaning to be rude. Danes also use a lot of irony and humour. Ask if you are unsure what they mean.",
                        ],
                        "ar": [
                            "## المساواة في القيمة",
                            "في الدنمارك لكل الناس القيمة نفسها. ويخاطب الناس الجميع تقريباً بكلمة «du» (أنتَ/أنتِ) دون ألقاب، حتى المدير والمعلم والطبيب، ويستخدمون الأسماء الأولى. وفي كثير من أماكن العمل يُرحَّب بأن يقول الموظفون رأيهم، حتى للمدير.",
                            "كثير من الدنماركيين لا يحبون التباهي. وكثيراً ما يتحدث الناس عن <b>قانون يانته (Janteloven)</b>: قاعدة غير مكتوبة تقول إنه لا ينبغي أن تظن أنك أفضل من الآخرين. ويأتي هذا التعبير من رواية للكاتب أكسل ساندموسه (Aksel Sandemose) صدرت عام 1933.",
                            "## الالتزام بالمواعيد والكلام المباشر",
                            "يقدّر الدنماركيون أن يأتي الشخص في موعده. إذا دُعيت إلى اجتماع في الساعة 9، فاحضر في الساعة 9، ويُفضَّل قبلها بقليل. وإذا دُعيت إلى العشاء في الساعة 18، فاحضر في الموعد أو بعده ببضع دقائق على الأكثر. وإذا لم تستطع الوصول في الوقت، فأرسل رسالة. وكثيراً ما يتفق الناس على المواعيد قبل وقت طويل، حتى مع الأصدقاء.",
                            "كثير من الدنماركيين يتكلمون بشكل مباشر إلى حد ما. إذا قالوا «لا، شكراً» (nej tak) عندما تعرض عليهم مزيداً من الطعام، فهم يقصدون ذلك، ولا حاجة إلى أن تسأل مرة أخرى. وقد يقول لك زميل «هذا ليس جيداً بما يكفي» دون أن يقصد الإساءة. ويستخدم الدنماركيون أيضاً كثيراً من السخرية والفكاهة. اسأل إذا لم تكن متأكداً مما يقصدون.",
                        ],
                        "uk": [
                            "## Рівноцінність",
                            "У Данії всі люди рівноцінні. Майже до всіх звертаються на «du» («ти»), зокрема до начальника, вчителя й лікаря, і називають одне одного на ім’я. На багатьох робочих місцях працівники можуть вільно висловлювати свою думку – навіть начальникові.",
                            "Багато данців не люблять хвалитися. Часто говорять про <b>закон Янте (Janteloven)</b> – неписане правило, що не слід вважати себе кращим за інших. Цей вислів походить з роману Акселя Сандемусе (Aksel Sandemose) 1933 року.",
                            "## Пунктуальність і пряма мова",
                            "Данці цінують, коли люди приходять вчасно. Якщо вас запросили на зустріч о 9:00, приходьте о 9:00 – краще трохи раніше. Якщо вас запросили на вечерю о 18:00, приходьте вчасно або щонайбільше на кілька хвилин пізніше. Якщо не встигаєте, надішліть повідомлення. Про зустрічі часто домовляються задовго наперед, навіть із друзями.",
                            "Багато данців говорять досить прямо. Якщо вони кажуть «ні, дякую» (nej tak), коли їм пропонують ще їжі, вони саме це й мають на увазі, і вам не треба перепитувати. Колега може сказати «це недостатньо добре» і не мати на меті бути неввічливим. Данці також часто вдаються до іронії та гумору. Якщо не впевнені, що вони мають на увазі, – запитайте.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hygge",
                            "Hygge er en rar og tryg stemning – sammen med andre eller alene. Det kan være levende lys, en kop kaffe, et brætspil eller en god snak over middagen. Hygge handler ikke om at have mange penge, men om at tage sig tid. Når en dansker inviterer dig på kaffe og kage, er det ofte en invitation til hygge.",
                        ],
                        "en": [
                            "## Hygge",
                            "Hygge is a pleasant and cosy atmosphere – with others or alone. It might be candles, a cup of coffee, a board game or a good chat over dinner. Hygge is not about having a lot of money, but about taking your time. When a Dane invites you for coffee and cake, it is often an invitation to hygge.",
                        ],
                        "ar": [
                            "## الـhygge",
                            "الـhygge أجواء لطيفة ومريحة وآمنة، مع الآخرين أو وحدك. قد تكون شموعاً مضاءة، أو فنجان قهوة، أو لعبة لوحية، أو حديثاً لطيفاً على العشاء. لا تتعلق الـhygge بامتلاك الكثير من المال، بل بأن تمنح نفسك الوقت. وعندما يدعوك دنماركي إلى القهوة والكعك، فهي غالباً دعوة إلى الـhygge.",
                        ],
                        "uk": [
                            "## Hygge",
                            "Hygge – це приємна й затишна атмосфера, разом з іншими чи наодинці. Це можуть бути запалені свічки, чашка кави, настільна гра або добра розмова за вечерею. Hygge – не про те, щоб мати багато грошей, а про те, щоб не поспішати. Коли данець запрошує вас на каву з тістечком, часто це запрошення до hygge.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Folkekirken og religionsfrihed",
                            "Ifølge Grundloven er den evangelisk-lutherske kirke Danmarks <b>folkekirke</b>, og staten støtter den. Omkring 7 ud af 10 danskere er medlemmer. Medlemmer betaler kirkeskat sammen med deres almindelige skat. Er du ikke medlem, betaler du ikke kirkeskat.",
                            "Mange danskere går ikke i kirke hver søndag. De bruger kirken ved store begivenheder i livet: dåb, konfirmation, bryllup og begravelse. For mange er religion en privat sag.",
                            "Danmark har <b>religionsfrihed</b>. Du må tro på det, du vil, og dyrke din religion, fx i en moské, en kirke, en synagoge eller et tempel. Du må også skifte religion eller ikke have nogen. Lovene bliver vedtaget af Folketinget og gælder for alle, uanset religion. Religiøse regler kan aldrig stå over dansk lov.",
                        ],
                        "en": [
                            "## The Church of Denmark and freedom of religion",
                            "According to the Constitution, the Evangelical Lutheran church is <b>the Church of Denmark</b> (folkekirken), and the state supports it. About 7 in 10 Danes are members. Members pay church tax together with their ordinary tax. If you are not a member, you do not pay church tax.",
                            "Many Danes do not go to church every Sunday. They use the church for big events in life: baptism, confirmation, weddings and funerals. For many people religion is a private matter.",
                            "Denmark has <b>freedom of religion</b>. You may believe what you want and practise your religion, for example in a mosque, a church, a synagogue or a temple. You may also change religion or have none. Laws are passed by the Folketing and apply to everyone, whatever their religion. Religious rules can never stand above Danish law.",
                        ],
                        "ar": [
                            "## الكنيسة الوطنية وحرية الدين",
                            "وفقاً للدستور (Grundloven)، الكنيسة الإنجيلية اللوثرية هي <b>الكنيسة الوطنية الدنماركية (folkekirken)</b>، والدولة تدعمها. نحو 7 من كل 10 دنماركيين أعضاء فيها. ويدفع الأعضاء ضريبة الكنيسة (kirkeskat) مع ضرائبهم العادية. وإذا لم تكن عضواً، فلا تدفع ضريبة الكنيسة.",
                            "كثير من الدنماركيين لا يذهبون إلى الكنيسة كل يوم أحد. بل يلجؤون إلى الكنيسة في المناسبات الكبيرة في الحياة: المعمودية، والتثبيت (konfirmation)، والزواج، والجنازة. وبالنسبة لكثيرين، الدين شأن خاص.",
                            "الدنمارك فيها <b>حرية الدين</b>. يحق لك أن تؤمن بما تشاء وأن تمارس دينك، مثلاً في مسجد أو كنيسة أو كنيس يهودي أو معبد. ويحق لك أيضاً أن تغيّر دينك أو ألا يكون لك دين. والقوانين يقرّها البرلمان (Folketinget)، وهي تنطبق على الجميع مهما كان دينهم. ولا يمكن أبداً أن تكون القواعد الدينية فوق القانون الدنماركي.",
                        ],
                        "uk": [
                            "## Церква Данії та свобода віросповідання",
                            "Згідно з Конституцією (Grundloven), євангельсько-лютеранська церква є <b>Церквою Данії (folkekirken)</b>, і держава її підтримує. Приблизно 7 із 10 данців є її членами. Члени сплачують церковний податок (kirkeskat) разом зі звичайними податками. Якщо ви не член церкви, ви не сплачуєте церковного податку.",
                            "Багато данців не ходять до церкви щонеділі. Вони звертаються до церкви з нагоди великих подій у житті: хрещення, конфірмації (konfirmation), вінчання та похорону. Для багатьох релігія – це особиста справа.",
                            "У Данії є <b>свобода віросповідання</b>. Ви можете вірити в те, у що хочете, і сповідувати свою релігію, наприклад у мечеті, церкві, синагозі чи храмі. Ви також можете змінити релігію або не мати жодної. Закони ухвалює Фолькетинг (Folketinget), і вони діють для всіх, незалежно від релігії. Релігійні правила ніколи не можуть стояти вище за данський закон.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m08-folkekirken"},
                {
                    "type": "key_facts",
                    "title": {
                        "da": "Værdier i hverdagen",
                        "en": "Values in everyday life",
                        "ar": "القيم في الحياة اليومية",
                        "uk": "Цінності в повсякденному житті",
                    },
                    "facts": {
                        "da": [
                            "Tillid: Man stoler på hinanden og på myndighederne.",
                            "Ligeværd: Man siger “du” og bruger fornavne – også til chefen.",
                            "Kom til tiden, og send en besked, hvis du bliver forsinket.",
                            "“Nej tak” betyder nej – du behøver ikke spørge igen.",
                            "Omkring 7 ud af 10 er medlemmer af folkekirken, men alle har religionsfrihed.",
                        ],
                        "en": [
                            "Trust: people trust each other and the authorities.",
                            "Equal worth: people say “du” and use first names – also with the boss.",
                            "Arrive on time, and send a message if you are going to be late.",
                            "“No thanks” means no – you do not need to ask again.",
                            "About 7 in 10 are members of the Church of Denmark, but everyone has freedom of religion.",
                        ],
                        "ar": [
                            "الثقة: يثق الناس ببعضهم وبالسلطات.",
                            "المساواة في القيمة: يقول الناس «du» ويستخدمون الأسماء الأولى، حتى مع المدير.",
                            "احضر في الموعد، وأرسل رسالة إذا كنت ستتأخر.",
                            "«لا، شكراً» تعني لا، ولا حاجة إلى أن تسأل مرة أخرى.",
                            "نحو 7 من كل 10 أعضاء في الكنيسة الوطنية، لكن للجميع حرية الدين.",
                        ],
                        "uk": [
                            "Довіра: люди довіряють одне одному та органам влади.",
                            "Рівноцінність: звертаються на «du» та на ім’я – навіть до начальника.",
                            "Приходьте вчасно й надішліть повідомлення, якщо запізнюєтеся.",
                            "«Ні, дякую» означає «ні» – не треба перепитувати.",
                            "Приблизно 7 із 10 є членами Церкви Данії, але всі мають свободу віросповідання.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Læs mere",
                        "en": "Read more",
                        "ar": "اقرأ المزيد",
                        "uk": "Читайте більше",
                    },
                    "intro": {
                        "da": "Læs om folkekirken, og få mere at vide om, hvordan danske værdier har udviklet sig gennem historien.",
                        "en": "Read about the Church of Denmark, and learn more about how Danish values have developed through history.",
                        "ar": "اقرأ عن الكنيسة الوطنية، واعرف المزيد عن تطوّر القيم الدنماركية عبر التاريخ.",
                        "uk": "Прочитайте про Церкву Данії та дізнайтеся більше про те, як данські цінності розвивалися впродовж історії.",
                    },
                    "resources": ["m08-folkekirken", "m08-danmarkshistorien"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvilke danske værdier ligner værdierne fra dit eget land, og hvilke er anderledes?",
                        "en": "Which Danish values are similar to the values in your own country, and which are different?",
                        "ar": "أي القيم الدنماركية تشبه قيم بلدك، وأيها مختلفة؟",
                        "uk": "Які данські цінності схожі на цінності вашої країни, а які відрізняються?",
                    },
                    "hint": {
                        "da": "Tænk på tid og aftaler, måden man taler til hinanden på, forholdet til chefen og forholdet til religion.",
                        "en": "Think about time and appointments, the way people speak to each other, the relationship with the boss and the relationship with religion.",
                        "ar": "فكّر في الوقت والمواعيد، وفي طريقة حديث الناس بعضهم مع بعض، وفي العلاقة مع المدير، وفي العلاقة بالدين.",
                        "uk": "Подумайте про час і домовленості, про те, як люди розмовляють одне з одним, про стосунки з начальником і ставлення до релігії.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: værdier og religion",
                        "en": "Test yourself: values and religion",
                        "ar": "اختبر نفسك: القيم والدين",
                        "uk": "Перевірте себе: цінності та релігія",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Du er inviteret til middag kl. 18. Hvornår er det bedst at komme?",
                                "en": "You are invited to dinner at 6 pm. When is it best to arrive?",
                                "ar": "أنت مدعو إلى العشاء في الساعة 18. متى يُفضَّل أن تصل؟",
                                "uk": "Вас запросили на вечерю о 18:00. Коли краще прийти?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kl. 18 eller nogle få minutter efter.",
                                        "en": "At 6 pm or a few minutes after.",
                                        "ar": "في الساعة 18 أو بعدها ببضع دقائق.",
                                        "uk": "О 18:00 або на кілька хвилин пізніше.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kl. 20.",
                                        "en": "At 8 pm.",
                                        "ar": "في الساعة 20.",
                                        "uk": "О 20:00.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Det er lige meget.",
                                        "en": "It does not matter.",
                                        "ar": "لا يهمّ.",
                                        "uk": "Це не має значення.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Danskere forventer, at gæster kommer til tiden. Send en besked, hvis du bliver forsinket.",
                                "en": "Danes expect guests to arrive on time. Send a message if you are going to be late.",
                                "ar": "يتوقع الدنماركيون أن يصل الضيوف في الموعد. أرسل رسالة إذا كنت ستتأخر.",
                                "uk": "Данці очікують, що гості прийдуть вчасно. Надішліть повідомлення, якщо запізнюєтеся.",
                            },
                        },
                        {
                            "question": {
                                "da": "Værten spørger, om du vil have mere mad. Du siger “nej tak”. Hvad sker der typisk?",
                                "en": "The host asks if you would like more food. You say “no thanks”. What usually happens?",
                                "ar": "يسألك المضيف إن كنت تريد مزيداً من الطعام. فتقول «لا، شكراً». ماذا يحدث عادةً؟",
                                "uk": "Господар запитує, чи хочете ви ще їжі. Ви кажете «ні, дякую». Що зазвичай відбувається?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Værten tror på mig og spørger ikke igen.",
                                        "en": "The host believes me and does not ask again.",
                                        "ar": "يصدّقني المضيف ولا يسأل مرة أخرى.",
                                        "uk": "Господар вірить мені й більше не пропонує.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Værten spørger mange gange mere.",
                                        "en": "The host asks many more times.",
                                        "ar": "يسأل المضيف مرات كثيرة أخرى.",
                                        "uk": "Господар ще багато разів перепитує.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Værten bliver fornærmet.",
                                        "en": "The host is offended.",
                                        "ar": "يشعر المضيف بالإهانة.",
                                        "uk": "Господар ображається.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I Danmark betyder “nej tak” som regel nej. Vil du gerne have mere, så sig “ja tak”.",
                                "en": "In Denmark “no thanks” usually means no. If you would like more, say “yes please”.",
                                "ar": "في الدنمارك تعني «لا، شكراً» عادةً لا. وإذا أردت المزيد، فقل «نعم، شكراً» (ja tak).",
                                "uk": "У Данії «ні, дякую» зазвичай означає «ні». Якщо хочете ще, скажіть «так, дякую» (ja tak).",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem betaler kirkeskat?",
                                "en": "Who pays church tax?",
                                "ar": "من يدفع ضريبة الكنيسة؟",
                                "uk": "Хто сплачує церковний податок?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Kun medlemmer af folkekirken.",
                                        "en": "Only members of the Church of Denmark.",
                                        "ar": "أعضاء الكنيسة الوطنية فقط.",
                                        "uk": "Лише члени Церкви Данії.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Alle, der bor i Danmark.",
                                        "en": "Everyone who lives in Denmark.",
                                        "ar": "كل من يعيش في الدنمارك.",
                                        "uk": "Усі, хто живе в Данії.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kun dem, der går i kirke hver søndag.",
                                        "en": "Only those who go to church every Sunday.",
                                        "ar": "فقط من يذهبون إلى الكنيسة كل يوم أحد.",
                                        "uk": "Лише ті, хто ходить до церкви щонеділі.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kirkeskat betales kun af medlemmer af folkekirken, sammen med den almindelige skat.",
                                "en": "Church tax is only paid by members of the Church of Denmark, together with their ordinary tax.",
                                "ar": "لا يدفع ضريبة الكنيسة إلا أعضاء الكنيسة الوطنية، مع الضريبة العادية.",
                                "uk": "Церковний податок сплачують лише члени Церкви Данії, разом зі звичайними податками.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad betyder religionsfrihed i Danmark?",
                                "en": "What does freedom of religion mean in Denmark?",
                                "ar": "ماذا تعني حرية الدين في الدنمارك؟",
                                "uk": "Що означає свобода віросповідання в Данії?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Jeg må tro på det, jeg vil – eller ikke tro – men dansk lov gælder for alle.",
                                        "en": "I may believe what I want – or not believe – but Danish law applies to everyone.",
                                        "ar": "يحق لي أن أؤمن بما أشاء، أو ألا أؤمن، لكن القانون الدنماركي ينطبق على الجميع.",
                                        "uk": "Я можу вірити в що хочу – або не вірити, – але данський закон діє для всіх.",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Alle skal være kristne.",
                                        "en": "Everyone must be Christian.",
                                        "ar": "يجب أن يكون الجميع مسيحيين.",
                                        "uk": "Усі мають бути християнами.",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Religiøse regler står over dansk lov.",
                                        "en": "Religious rules stand above Danish law.",
                                        "ar": "القواعد الدينية فوق القانون الدنماركي.",
                                        "uk": "Релігійні правила стоять вище за данський закон.",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du vælger selv din tro. Men lovene fra Folketinget gælder for alle, uanset religion.",
                                "en": "You choose your own faith. But the laws from the Folketing apply to everyone, whatever their religion.",
                                "ar": "أنت تختار دينك بنفسك. لكن القوانين التي يقرّها البرلمان (Folketinget) تنطبق على الجميع، مهما كان دينهم.",
                                "uk": "Ви самі обираєте свою віру. Але закони, ухвалені Фолькетингом, діють для всіх, незалежно від релігії.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
