"""Module 3: education and children (childcare, folkeskole, parents and school, youth and adult education)."""

GLOSSARY = {
    "m03-dagtilbud": {
        "term": {
            "da": "Dagtilbud",
            "en": "Daycare (dagtilbud)",
            "ar": "رعاية الأطفال النهارية (dagtilbud)",
            "uk": "Денний догляд за дітьми (dagtilbud)",
        },
        "explanation": {
            "da": "Fælles ord for dagpleje, vuggestue og børnehave: steder, hvor uddannede voksne passer små børn om dagen, mens forældrene arbejder eller studerer. Kommunen har ansvaret, og forældrene betaler en del af prisen.",
            "en": "The common word for childminders (dagpleje), nurseries (vuggestue) and kindergartens (børnehave): places where trained adults look after young children during the day while the parents work or study. The municipality is responsible, and parents pay part of the price.",
            "ar": "كلمة عامة تشمل الرعاية المنزلية (dagpleje) والحضانة (vuggestue) وروضة الأطفال (børnehave)، وهي أماكن يعتني فيها بالغون مدرَّبون بالأطفال الصغار أثناء النهار، بينما يعمل الوالدان أو يدرسان. البلدية (kommune) هي المسؤولة عنها، ويدفع الوالدان جزءًا من السعر.",
            "uk": "Загальна назва для догляду в сім'ї вихователя (dagpleje), ясел (vuggestue) і дитячого садка (børnehave) — місць, де підготовлені дорослі вдень доглядають малих дітей, поки батьки працюють або навчаються. За це відповідає комуна (kommune), а батьки сплачують частину вартості.",
        },
    },
    "m03-undervisningspligt": {
        "term": {
            "da": "Undervisningspligt",
            "en": "Compulsory education (undervisningspligt)",
            "ar": "إلزامية التعليم (undervisningspligt)",
            "uk": "Обов'язкове навчання (undervisningspligt)",
        },
        "explanation": {
            "da": "Alle børn i Danmark skal have undervisning i 10 år, fra august i det år, de fylder 6. Det er en pligt til undervisning, ikke til at gå i en bestemt skole: Forældrene kan vælge folkeskole, friskole, privatskole eller undervisning hjemme, som kommunen så fører tilsyn med.",
            "en": "All children in Denmark must receive education for 10 years, from August in the year they turn 6. It is a duty to be educated, not a duty to attend a particular school: parents can choose the folkeskole, a free or private school, or home education, which the municipality then supervises.",
            "ar": "يجب أن يتلقى جميع الأطفال في الدنمارك التعليم لمدة 10 سنوات، ابتداءً من شهر أغسطس في السنة التي يبلغون فيها 6 سنوات. إنه واجب التعلّم، وليس واجب الذهاب إلى مدرسة معيّنة: يمكن للوالدين اختيار المدرسة الحكومية (folkeskole) أو مدرسة حرة أو خاصة، أو التعليم في المنزل تحت إشراف البلدية.",
            "uk": "Усі діти в Данії мають навчатися 10 років, починаючи з серпня того року, коли їм виповнюється 6. Це обов'язок навчатися, а не обов'язок ходити до певної школи: батьки можуть обрати загальноосвітню школу (folkeskole), вільну чи приватну школу або домашнє навчання, за яким тоді наглядає комуна.",
        },
    },
    "m03-ungdomsuddannelse": {
        "term": {
            "da": "Ungdomsuddannelse",
            "en": "Youth education (ungdomsuddannelse)",
            "ar": "التعليم الثانوي للشباب (ungdomsuddannelse)",
            "uk": "Освіта для молоді (ungdomsuddannelse)",
        },
        "explanation": {
            "da": "En uddannelse, som unge tager efter folkeskolen. Det kan være en gymnasial uddannelse (fx stx, hhx, htx eller hf) eller en erhvervsuddannelse (eud), hvor man lærer et fag. Den giver adgang til arbejde eller til videre uddannelse.",
            "en": "An education that young people take after the folkeskole. It can be an upper secondary programme (for example stx, hhx, htx or hf) or a vocational programme (eud), where you learn a trade. It leads to work or to further education.",
            "ar": "تعليم يلتحق به الشباب بعد المدرسة الحكومية (folkeskole). قد يكون تعليمًا ثانويًا عامًا (gymnasium، مثل stx أو hhx أو htx أو hf) أو تعليمًا مهنيًا (eud) يتعلّم فيه الطالب مهنة. ويفتح الطريق إلى العمل أو إلى مزيد من الدراسة.",
            "uk": "Освіта, яку молодь здобуває після загальноосвітньої школи (folkeskole). Це може бути гімназійна програма (gymnasium, наприклад stx, hhx, htx або hf) або професійна освіта (eud), де вивчають певний фах. Вона відкриває шлях до роботи або до подальшого навчання.",
        },
    },
    "m03-danskuddannelse": {
        "term": {
            "da": "Danskuddannelse",
            "en": "Danish language education (danskuddannelse)",
            "ar": "برنامج تعليم اللغة الدنماركية (danskuddannelse)",
            "uk": "Курс данської мови (danskuddannelse)",
        },
        "explanation": {
            "da": "Undervisning i dansk for voksne udlændinge, som foregår på et sprogcenter. Der er tre danskuddannelser (Danskuddannelse 1, 2 og 3), som passer til, hvor meget skole du har gået i, og hvor hurtigt du lærer et nyt sprog. Danskuddannelse 1 og 2 har seks moduler, og Danskuddannelse 3 har fem moduler og et ekstra modul 6. Hver danskuddannelse slutter med en prøve i dansk.",
            "en": "Danish language education for adult foreigners, held at a language centre (sprogcenter). There are three programmes (Danish Education 1, 2 and 3), matched to how much schooling you have had and how quickly you learn a new language. Danish Education 1 and 2 have six modules, and Danish Education 3 has five modules and an extra module 6. Each programme ends with a Danish test.",
            "ar": "برنامج تعليم اللغة الدنماركية للبالغين الأجانب يُقدَّم في مركز اللغة (sprogcenter). هناك ثلاثة برامج (Danskuddannelse 1 و2 و3) تناسب عدد سنوات دراستك السابقة وسرعتك في تعلّم لغة جديدة. يتكوّن البرنامجان 1 و2 من ستة مستويات (moduler)، ويتكوّن البرنامج 3 من خمسة مستويات ومستوى سادس إضافي. وينتهي كل برنامج بامتحان في اللغة الدنماركية.",
            "uk": "Курс данської мови для дорослих іноземців у мовному центрі (sprogcenter). Є три програми (Danskuddannelse 1, 2 і 3), які підбирають відповідно до того, скільки років ви навчалися в школі і як швидко вивчаєте нову мову. Програми 1 і 2 мають по шість модулів, а програма 3 — п'ять модулів і додатковий модуль 6. Кожна програма закінчується іспитом з данської мови.",
        },
    },
}

RESOURCES = {
    "m03-aula": {
        "name": {
            "da": "Aula",
            "en": "Aula",
            "ar": "منصة Aula",
            "uk": "Платформа Aula",
        },
        "category": "digital",
        "description": {
            "da": "Den digitale platform, som folkeskoler, SFO'er og dagtilbud bruger til beskeder, kalender og kontakt med forældrene. Du logger ind med MitID på hjemmesiden eller i appen.",
            "en": "The digital platform that folkeskoler, after-school clubs (SFO) and daycare use for messages, calendars and contact with parents. You log in with MitID on the website or in the app.",
            "ar": "المنصة الرقمية التي تستخدمها المدارس الحكومية (folkeskole) ونوادي ما بعد المدرسة (SFO) ودور رعاية الأطفال النهارية (dagtilbud) للرسائل والتقويم والتواصل مع أولياء الأمور. تسجّل الدخول باستخدام MitID على الموقع أو في التطبيق.",
            "uk": "Цифрова платформа, яку загальноосвітні школи (folkeskole), групи продовженого дня (SFO) і заклади денного догляду за дітьми (dagtilbud) використовують для повідомлень, календаря та зв'язку з батьками. Ви входите через MitID на сайті або в застосунку.",
        },
        "url": "https://www.aula.dk/",
        "city": "",
    },
    "m03-ug": {
        "name": {
            "da": "Uddannelsesguiden (ug.dk)",
            "en": "Uddannelsesguiden – the education guide (ug.dk)",
            "ar": "دليل التعليم (Uddannelsesguiden – ug.dk)",
            "uk": "Освітній путівник (Uddannelsesguiden – ug.dk)",
        },
        "category": "work",
        "description": {
            "da": "Den officielle danske guide til uddannelse og job. Her kan du læse om ungdomsuddannelser, videregående uddannelser og voksenuddannelse og få personlig vejledning i eVejledning.",
            "en": "The official Danish guide to education and jobs. Here you can read about youth education, higher education and adult education, and get personal guidance from eVejledning.",
            "ar": "الدليل الدنماركي الرسمي للتعليم والعمل. يمكنك فيه القراءة عن التعليم الثانوي للشباب والتعليم العالي وتعليم البالغين، والحصول على إرشاد شخصي عبر خدمة eVejledning.",
            "uk": "Офіційний данський путівник з освіти та роботи. Тут можна прочитати про освіту для молоді, вищу освіту й навчання для дорослих та отримати особисту консультацію в службі eVejledning.",
        },
        "url": "https://www.ug.dk/",
        "city": "",
    },
    "m03-su": {
        "name": {
            "da": "SU – Statens Uddannelsesstøtte (su.dk)",
            "en": "SU – the State Educational Grant (su.dk)",
            "ar": "منحة الدراسة الحكومية SU (su.dk)",
            "uk": "SU – державна освітня стипендія (su.dk)",
        },
        "category": "money",
        "description": {
            "da": "Den officielle side om SU. Her kan du læse reglerne, regne ud, hvor meget du kan få, og søge SU med MitID.",
            "en": "The official website about SU. Here you can read the rules, work out how much you can get, and apply for SU with MitID.",
            "ar": "الموقع الرسمي لمنحة الدراسة SU. يمكنك فيه قراءة القواعد، وحساب المبلغ الذي قد تحصل عليه، والتقدّم بطلب المنحة باستخدام MitID.",
            "uk": "Офіційний сайт про стипендію SU. Тут можна прочитати правила, розрахувати, скільки ви можете отримати, і подати заяву на SU через MitID.",
        },
        "url": "https://www.su.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "education-and-children",
    "mandatory": True,
    "title": {
        "da": "Uddannelse og børn",
        "en": "Education and children",
        "ar": "التعليم والأطفال",
        "uk": "Освіта і діти",
    },
    "summary": {
        "da": "Lær, hvordan pasning af små børn, folkeskolen og uddannelse for unge og voksne fungerer i Danmark. Og lær, hvordan du som forælder samarbejder med dagtilbud og skole.",
        "en": "Learn how childcare, the folkeskole and education for young people and adults work in Denmark. And learn how you, as a parent, work together with daycare and school.",
        "ar": "تعرّف على كيفية رعاية الأطفال الصغار، والمدرسة الحكومية (folkeskole)، والتعليم للشباب والبالغين في الدنمارك. وتعرّف على كيفية تعاونك بصفتك وليّ أمر مع دار رعاية الأطفال النهارية (dagtilbud) والمدرسة.",
        "uk": "Дізнайтеся, як у Данії влаштовані догляд за малими дітьми, загальноосвітня школа (folkeskole) та навчання для молоді й дорослих. А також — як ви як батьки співпрацюєте із закладом денного догляду і школою.",
    },
    "objectives": {
        "da": [
            "Du kan forklare forskellen på dagpleje, vuggestue og børnehave, og hvordan du skriver dit barn op til en plads.",
            "Du kan forklare, hvad undervisningspligt betyder, og hvordan folkeskolen er bygget op.",
            "Du kan deltage i samarbejdet med dit barns skole, fx til forældremøder og via Aula.",
            "Du kan nævne muligheder for uddannelse for unge og voksne, fx SU og danskuddannelse på et sprogcenter.",
        ],
        "en": [
            "You can explain the difference between a childminder (dagpleje), a nursery (vuggestue) and a kindergarten (børnehave), and how to put your child's name down for a place.",
            "You can explain what compulsory education (undervisningspligt) means and how the folkeskole is organised.",
            "You can take part in cooperation with your child's school, for example at parents' meetings and through Aula.",
            "You can name education options for young people and adults, for example SU and Danish language education at a language centre.",
        ],
        "ar": [
            "يمكنك شرح الفرق بين الرعاية المنزلية (dagpleje) والحضانة (vuggestue) وروضة الأطفال (børnehave)، وكيف تسجّل طفلك للحصول على مكان.",
            "يمكنك شرح معنى إلزامية التعليم (undervisningspligt) وكيف تُنظَّم المدرسة الحكومية (folkeskole).",
            "يمكنك المشاركة في التعاون مع مدرسة طفلك، مثلًا في اجتماعات أولياء الأمور (forældremøde) ومن خلال منصة Aula.",
            "يمكنك ذكر فرص التعليم للشباب والبالغين، مثل منحة الدراسة (SU) وبرنامج تعليم اللغة الدنماركية في مركز اللغة (sprogcenter).",
        ],
        "uk": [
            "Ви можете пояснити різницю між доглядом у сім'ї вихователя (dagpleje), яслами (vuggestue) і дитячим садком (børnehave) та як записати дитину на місце.",
            "Ви можете пояснити, що означає обов'язкове навчання (undervisningspligt) і як побудована загальноосвітня школа (folkeskole).",
            "Ви можете брати участь у співпраці зі школою вашої дитини, наприклад на батьківських зборах (forældremøde) і через платформу Aula.",
            "Ви можете назвати можливості навчання для молоді й дорослих, наприклад стипендію SU і курси данської мови в мовному центрі (sprogcenter).",
        ],
    },
    "lessons": [
        {
            "slug": "childcare",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Dagpleje, vuggestue og børnehave",
                "en": "Childminders, nurseries and kindergartens",
                "ar": "الرعاية المنزلية والحضانة وروضة الأطفال",
                "uk": "Догляд у сім'ї вихователя, ясла і дитячий садок",
            },
            "intro": {
                "da": "Sådan bliver små børn passet i Danmark, og sådan får dit barn en plads.",
                "en": "How young children are looked after in Denmark, and how your child gets a place.",
                "ar": "كيف يُعتنى بالأطفال الصغار في الدنمارك، وكيف يحصل طفلك على مكان.",
                "uk": "Як у Данії доглядають малих дітей і як ваша дитина отримує місце.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Pasning af små børn i Danmark",
                            "I Danmark arbejder de fleste mødre og fædre. Derfor går de fleste små børn i et dagtilbud om dagen. Et <b>dagtilbud</b> er et sted, hvor uddannede voksne passer dit barn, mens du arbejder, studerer eller går til dansk.",
                            "Det er kommunen, der har ansvaret for dagtilbud. Kommunen skal tilbyde dit barn en plads, fra barnet er 26 uger gammelt, og indtil det begynder i skole. Det kaldes <i>pasningsgarantien</i>.",
                            "Et dagtilbud er mere end pasning. Børnene leger, synger, er ude i naturen og lærer at være sammen med andre børn. De lærer også dansk i hverdagen. Det er en stor hjælp, når barnet senere skal begynde i skole.",
                        ],
                        "en": [
                            "## Childcare in Denmark",
                            "In Denmark, most mothers and fathers work. That is why most young children spend the day in daycare. <b>Daycare</b> (dagtilbud) is a place where trained adults look after your child while you work, study or go to Danish lessons.",
                            "The municipality (kommune) is responsible for daycare. It must offer your child a place from the age of 26 weeks until the child starts school. This is called the <i>childcare guarantee</i> (pasningsgaranti).",
                            "Daycare is more than just looking after children. The children play, sing, spend time outdoors and learn to be with other children. They also learn Danish in everyday life. This is a big help when the child later starts school.",
                        ],
                        "ar": [
                            "## رعاية الأطفال الصغار في الدنمارك",
                            "في الدنمارك يعمل معظم الأمهات والآباء. لذلك يقضي معظم الأطفال الصغار النهار في مكان للرعاية النهارية. <b>الرعاية النهارية للأطفال (dagtilbud)</b> مكان يعتني فيه بالغون مدرَّبون بطفلك، بينما تعمل أو تدرس أو تذهب إلى دروس اللغة الدنماركية.",
                            "البلدية (kommune) هي المسؤولة عن الرعاية النهارية. يجب على البلدية أن تقدّم لطفلك مكانًا من عمر 26 أسبوعًا حتى يبدأ المدرسة. ويُسمّى هذا <i>ضمان الرعاية (pasningsgaranti)</i>.",
                            "الرعاية النهارية أكثر من مجرد رعاية. يلعب الأطفال ويغنّون ويقضون وقتًا في الطبيعة، ويتعلّمون أن يكونوا مع أطفال آخرين. ويتعلّمون أيضًا اللغة الدنماركية في الحياة اليومية. وهذا يساعد كثيرًا عندما يبدأ الطفل المدرسة لاحقًا.",
                        ],
                        "uk": [
                            "## Догляд за малими дітьми в Данії",
                            "У Данії більшість матерів і батьків працюють. Тому більшість малих дітей проводять день у закладі денного догляду. <b>Денний догляд за дітьми (dagtilbud)</b> — це місце, де підготовлені дорослі доглядають вашу дитину, поки ви працюєте, навчаєтеся або ходите на курси данської мови.",
                            "За денний догляд відповідає комуна (kommune). Комуна має запропонувати вашій дитині місце від 26 тижнів і до початку школи. Це називається <i>гарантією догляду (pasningsgaranti)</i>.",
                            "Денний догляд — це більше, ніж просто нагляд. Діти граються, співають, бувають на природі й вчаться бути разом з іншими дітьми. Вони також вивчають данську мову в повсякденному житті. Це дуже допомагає, коли дитина згодом іде до школи.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-dagtilbud"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tre slags dagtilbud",
                            "- <b>Dagpleje</b>: En dagplejer passer nogle få børn i sit eget hjem. Dagplejeren er som regel ansat af kommunen. Dagpleje er for børn fra cirka et halvt år til cirka tre år.",
                            "- <b>Vuggestue</b>: En institution for børn fra cirka et halvt år til cirka tre år. Her er der flere børn og flere voksne, fx pædagoger.",
                            "- <b>Børnehave</b>: En institution for børn fra cirka tre år, til de begynder i skole.",
                            "Nogle steder er vuggestue og børnehave samlet i det samme hus. Det kaldes en <i>integreret institution</i>. Så kan barnet blive det samme sted i mange år.",
                        ],
                        "en": [
                            "## Three kinds of daycare",
                            "- <b>Childminder</b> (dagpleje): A childminder looks after a few children in their own home. The childminder is usually employed by the municipality. Childminding (dagpleje) is for children from about six months to about three years.",
                            "- <b>Nursery</b> (vuggestue): An institution for children from about six months to about three years. There are more children and more adults here, for example trained pedagogues.",
                            "- <b>Kindergarten</b> (børnehave): An institution for children from about three years old until they start school.",
                            "In some places, the nursery and the kindergarten are in the same building. This is called an <i>integrated institution</i> (integreret institution). Then the child can stay in the same place for many years.",
                        ],
                        "ar": [
                            "## ثلاثة أنواع من الرعاية النهارية",
                            "- <b>الرعاية المنزلية (dagpleje)</b>: تعتني مربّية (dagplejer) بعدد قليل من الأطفال في بيتها. وتكون المربّية عادةً موظفة لدى البلدية. الرعاية المنزلية للأطفال من عمر نصف سنة تقريبًا حتى ثلاث سنوات تقريبًا.",
                            "- <b>الحضانة (vuggestue)</b>: مؤسسة للأطفال من عمر نصف سنة تقريبًا حتى ثلاث سنوات تقريبًا. فيها عدد أكبر من الأطفال والبالغين، مثل المربّين المختصين (pædagoger).",
                            "- <b>روضة الأطفال (børnehave)</b>: مؤسسة للأطفال من عمر ثلاث سنوات تقريبًا حتى يبدؤوا المدرسة.",
                            "في بعض الأماكن تكون الحضانة وروضة الأطفال في المبنى نفسه. ويُسمّى ذلك <i>مؤسسة متكاملة (integreret institution)</i>. وهكذا يمكن أن يبقى الطفل في المكان نفسه سنوات كثيرة.",
                        ],
                        "uk": [
                            "## Три види денного догляду",
                            "- <b>Догляд у сім'ї вихователя (dagpleje)</b>: сімейний вихователь (dagplejer) доглядає кількох дітей у себе вдома. Зазвичай його наймає комуна. Такий догляд — для дітей приблизно від півроку до приблизно трьох років.",
                            "- <b>Ясла (vuggestue)</b>: заклад для дітей приблизно від півроку до приблизно трьох років. Тут більше дітей і більше дорослих, наприклад вихователів-педагогів (pædagoger).",
                            "- <b>Дитячий садок (børnehave)</b>: заклад для дітей приблизно від трьох років і до початку школи.",
                            "Подекуди ясла й дитячий садок розміщені в одному будинку. Це називається <i>інтегрованим закладом (integreret institution)</i>. Тоді дитина може залишатися в одному місці багато років.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan får dit barn en plads",
                            "Du skriver dit barn op hos kommunen. Det gør du som regel digitalt på kommunens hjemmeside med MitID. Skriv barnet op i god tid, gerne flere måneder før, du får brug for pladsen. Du kan ønske et bestemt sted, men du kan ikke være sikker på at få det.",
                            "Du betaler en del af prisen hver måned, og kommunen betaler resten. Hvis din familie har en lav indkomst, kan du søge om <b>økonomisk friplads</b>. Så betaler du mindre eller slet ikke noget. Har du flere børn i dagtilbud, får du som regel rabat for søskende.",
                            "Mange børn får en sprogvurdering, når de er omkring tre år. Så kan personalet se, om barnet har brug for ekstra hjælp til at lære dansk.",
                        ],
                        "en": [
                            "## How your child gets a place",
                            "You put your child's name down with the municipality. You usually do this online on the municipality's website with MitID. Do it in good time, preferably several months before you need the place. You can ask for a particular place, but you cannot be sure to get it.",
                            "You pay part of the price every month, and the municipality pays the rest. If your family has a low income, you can apply for a <b>reduced fee</b> (økonomisk friplads). Then you pay less or nothing at all. If you have several children in daycare, you usually get a discount for siblings.",
                            "Many children have a language assessment (sprogvurdering) when they are about three years old. This shows the staff whether the child needs extra help to learn Danish.",
                        ],
                        "ar": [
                            "## كيف يحصل طفلك على مكان",
                            "تسجّل طفلك لدى البلدية. وتفعل ذلك عادةً إلكترونيًا على موقع البلدية باستخدام MitID. سجّل طفلك مبكرًا، ويُفضَّل قبل عدة أشهر من حاجتك إلى المكان. يمكنك أن تطلب مكانًا معيّنًا، لكنك لا تستطيع أن تكون متأكدًا من الحصول عليه.",
                            "تدفع جزءًا من السعر كل شهر، وتدفع البلدية الباقي. إذا كان دخل أسرتك منخفضًا، يمكنك أن تطلب <b>إعفاءً ماليًا جزئيًا أو كليًا (økonomisk friplads)</b>. عندها تدفع أقل أو لا تدفع شيئًا. وإذا كان لديك أكثر من طفل في الرعاية النهارية، تحصل عادةً على تخفيض للإخوة.",
                            "يخضع كثير من الأطفال لتقييم لغوي (sprogvurdering) عندما يبلغون نحو ثلاث سنوات. وبذلك يرى العاملون هل يحتاج الطفل إلى مساعدة إضافية لتعلّم اللغة الدنماركية.",
                        ],
                        "uk": [
                            "## Як ваша дитина отримує місце",
                            "Ви записуєте дитину в комуні. Зазвичай це роблять онлайн на сайті комуни через MitID. Записуйте дитину заздалегідь, краще за кілька місяців до того, як вам знадобиться місце. Ви можете попросити певний заклад, але не можете бути певні, що отримаєте саме його.",
                            "Щомісяця ви сплачуєте частину вартості, а решту платить комуна. Якщо у вашої родини низький дохід, можна подати заяву на <b>пільгу на оплату (økonomisk friplads)</b>. Тоді ви платите менше або нічого. Якщо у вас кілька дітей у закладах денного догляду, ви зазвичай отримуєте знижку для братів і сестер.",
                            "Багато дітей приблизно у три роки проходять оцінювання мовлення (sprogvurdering). Так працівники бачать, чи потрібна дитині додаткова допомога у вивченні данської мови.",
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
                            "Kommunen skal tilbyde en plads, fra barnet er 26 uger, til det begynder i skole.",
                            "Dagpleje og vuggestue er for børn fra cirka et halvt år til tre år. Børnehave er fra tre år til skolestart.",
                            "Du skriver barnet op hos kommunen, som regel digitalt med MitID.",
                            "Du betaler en del af prisen. Med lav indkomst kan du søge økonomisk friplads.",
                            "Syge børn bliver hjemme, og du giver besked til dagtilbuddet.",
                        ],
                        "en": [
                            "The municipality must offer a place from when the child is 26 weeks old until the child starts school.",
                            "Childminders (dagpleje) and nurseries (vuggestue) are for children from about six months to three years. Kindergarten (børnehave) is from three years until school.",
                            "You put your child's name down with the municipality, usually online with MitID.",
                            "You pay part of the price. With a low income, you can apply for a reduced fee (økonomisk friplads).",
                            "Sick children stay at home, and you let the daycare know.",
                        ],
                        "ar": [
                            "يجب على البلدية أن تقدّم مكانًا من عمر 26 أسبوعًا حتى يبدأ الطفل المدرسة.",
                            "الرعاية المنزلية والحضانة للأطفال من نصف سنة تقريبًا حتى ثلاث سنوات. وروضة الأطفال من ثلاث سنوات حتى بداية المدرسة.",
                            "تسجّل طفلك لدى البلدية، وعادةً إلكترونيًا باستخدام MitID.",
                            "تدفع جزءًا من السعر. وإذا كان دخلك منخفضًا، يمكنك أن تطلب إعفاءً ماليًا (økonomisk friplads).",
                            "يبقى الأطفال المرضى في البيت، وتُخبر مكان الرعاية النهارية بذلك.",
                        ],
                        "uk": [
                            "Комуна має запропонувати місце від 26 тижнів дитини і до початку школи.",
                            "Догляд у сім'ї вихователя і ясла — для дітей приблизно від півроку до трьох років. Дитячий садок — від трьох років до початку школи.",
                            "Ви записуєте дитину в комуні, зазвичай онлайн через MitID.",
                            "Ви сплачуєте частину вартості. Якщо дохід низький, можна подати заяву на пільгу на оплату (økonomisk friplads).",
                            "Хворі діти залишаються вдома, і ви повідомляєте про це заклад денного догляду.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Samarbejdet med personalet",
                            "Personalet i dagtilbuddet er fx pædagoger og pædagogmedhjælpere. De vil gerne samarbejde med dig. Du kender dit barn bedst, og de ser dit barn mange timer hver dag.",
                            "De første dage bliver du sammen med dit barn i nogle timer. Det hedder <i>indkøring</i>. Så kan barnet lære stedet og de voksne at kende i roligt tempo. Her er nogle gode råd:",
                            "- Sig altid farvel til dit barn, når du går.",
                            "- Giv besked, hvis dit barn er sygt eller skal holde fri.",
                            "- Giv barnet tøj efter vejret med. Børnene er ude hver dag, også når det regner, eller det er koldt.",
                            "- Spørg, hvis du ikke forstår noget. Det er helt normalt at spørge.",
                            "Mange dagtilbud bruger Aula til at sende beskeder til forældrene. Du kan læse mere om Aula i næste lektion. Et sygt barn skal blive hjemme, både for sin egen skyld og for ikke at smitte de andre børn.",
                        ],
                        "en": [
                            "## Working together with the staff",
                            "The daycare staff are, for example, pedagogues and pedagogical assistants. They want to work together with you. You know your child best, and they see your child for many hours every day.",
                            "For the first few days, you stay with your child for a few hours. This is called <i>settling in</i> (indkøring). It lets the child get to know the place and the adults at a calm pace. Here are some good tips:",
                            "- Always say goodbye to your child when you leave.",
                            "- Let the staff know if your child is sick or will have a day off.",
                            "- Give your child clothes for the weather. The children go outside every day, also when it rains or is cold.",
                            "- Ask if you do not understand something. It is completely normal to ask.",
                            "Many daycare centres use Aula to send messages to parents. You can read more about Aula in the next lesson. A sick child must stay at home, both for the child's own sake and so that the other children do not catch the illness.",
                        ],
                        "ar": [
                            "## التعاون مع العاملين",
                            "من العاملين في مكان الرعاية النهارية مثلًا مربّون مختصون (pædagoger) ومساعدو مربّين (pædagogmedhjælpere). وهم يريدون التعاون معك. أنت تعرف طفلك أكثر من أي أحد، وهم يرون طفلك ساعات كثيرة كل يوم.",
                            "في الأيام الأولى تبقى مع طفلك بضع ساعات. ويُسمّى هذا <i>فترة التأقلم (indkøring)</i>. وهكذا يتعرّف الطفل على المكان وعلى البالغين بهدوء ودون استعجال. إليك بعض النصائح المفيدة:",
                            "- ودّع طفلك دائمًا عندما تغادر.",
                            "- أخبر العاملين إذا كان طفلك مريضًا أو سيأخذ يوم عطلة.",
                            "- أعطِ طفلك ملابس مناسبة للطقس. يخرج الأطفال كل يوم، حتى عندما تمطر أو يكون الجو باردًا.",
                            "- اسأل إذا لم تفهم شيئًا. السؤال أمر عادي تمامًا.",
                            "تستخدم أماكن كثيرة للرعاية النهارية منصة Aula لإرسال الرسائل إلى الوالدين. يمكنك أن تقرأ المزيد عن Aula في الدرس التالي. يجب أن يبقى الطفل المريض في البيت، من أجل صحته ولكي لا يُعدي الأطفال الآخرين.",
                        ],
                        "uk": [
                            "## Співпраця з працівниками",
                            "У закладі денного догляду працюють, наприклад, вихователі-педагоги (pædagoger) та помічники вихователів (pædagogmedhjælpere). Вони хочуть співпрацювати з вами. Ви знаєте свою дитину найкраще, а вони бачать її багато годин щодня.",
                            "Перші дні ви залишаєтеся з дитиною на кілька годин. Це називається <i>адаптацією (indkøring)</i>. Так дитина може спокійно познайомитися з місцем і дорослими. Ось кілька корисних порад:",
                            "- Завжди прощайтеся з дитиною, коли йдете.",
                            "- Повідомляйте, якщо дитина хвора або матиме вихідний.",
                            "- Давайте дитині одяг за погодою. Діти виходять надвір щодня, навіть коли йде дощ або холодно.",
                            "- Питайте, якщо чогось не розумієте. Питати — цілком нормально.",
                            "Багато закладів денного догляду надсилають повідомлення батькам через платформу Aula. Більше про Aula ви прочитаєте в наступному уроці. Хвора дитина має залишатися вдома — і заради себе, і щоб не заразити інших дітей.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Beskeder fra dagtilbuddet",
                        "en": "Messages from daycare",
                        "ar": "رسائل من مكان الرعاية النهارية",
                        "uk": "Повідомлення із закладу денного догляду",
                    },
                    "intro": {
                        "da": "Mange dagtilbud sender beskeder, billeder og praktisk information til forældrene i Aula.",
                        "en": "Many daycare centres send messages, photos and practical information to parents in Aula.",
                        "ar": "ترسل أماكن كثيرة للرعاية النهارية رسائل وصورًا ومعلومات عملية إلى الوالدين عبر منصة Aula.",
                        "uk": "Багато закладів денного догляду надсилають батькам повідомлення, фотографії та практичну інформацію через платформу Aula.",
                    },
                    "resources": ["m03-aula"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvordan bliver små børn passet i det land, du kommer fra? Hvad er ens, og hvad er anderledes i Danmark?",
                        "en": "How are young children looked after in the country you come from? What is the same, and what is different in Denmark?",
                        "ar": "كيف يُعتنى بالأطفال الصغار في البلد الذي جئت منه؟ ما المتشابه، وما المختلف في الدنمارك؟",
                        "uk": "Як доглядають малих дітей у країні, з якої ви приїхали? Що схоже, а що інакше в Данії?",
                    },
                    "hint": {
                        "da": "Tænk på, hvem der passer børnene om dagen, og hvad børnene laver. Du kan tale med en anden forælder eller din kontaktperson om det.",
                        "en": "Think about who looks after the children during the day and what the children do. You can talk about it with another parent or your contact person.",
                        "ar": "فكّر في من يعتني بالأطفال أثناء النهار، وماذا يفعل الأطفال. يمكنك أن تتحدث عن ذلك مع أحد الوالدين الآخرين أو مع الشخص المسؤول عن التواصل معك.",
                        "uk": "Подумайте, хто доглядає дітей удень і що діти роблять. Ви можете поговорити про це з іншими батьками або зі своєю контактною особою.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: pasning af børn",
                        "en": "Test yourself: childcare",
                        "ar": "اختبر نفسك: رعاية الأطفال",
                        "uk": "Перевірте себе: догляд за дітьми",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Fra hvilken alder skal kommunen tilbyde dit barn en plads i et dagtilbud?",
                                "en": "From what age must the municipality offer your child a place in daycare?",
                                "ar": "من أي عمر يجب على البلدية أن تقدّم لطفلك مكانًا في الرعاية النهارية؟",
                                "uk": "З якого віку комуна має запропонувати вашій дитині місце в закладі денного догляду?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Fra barnet er 26 uger gammelt",
                                        "en": "From when the child is 26 weeks old",
                                        "ar": "من عمر 26 أسبوعًا",
                                        "uk": "Від 26 тижнів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Fra barnet er 3 år",
                                        "en": "From when the child is 3 years old",
                                        "ar": "من عمر 3 سنوات",
                                        "uk": "Від 3 років",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Fra barnet er 6 år",
                                        "en": "From when the child is 6 years old",
                                        "ar": "من عمر 6 سنوات",
                                        "uk": "Від 6 років",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Pasningsgarantien betyder, at kommunen skal tilbyde en plads, fra barnet er 26 uger, og til det begynder i skole.",
                                "en": "The childcare guarantee means that the municipality must offer a place from when the child is 26 weeks old until the child starts school.",
                                "ar": "يعني ضمان الرعاية (pasningsgaranti) أن البلدية يجب أن تقدّم مكانًا من عمر 26 أسبوعًا حتى يبدأ الطفل المدرسة.",
                                "uk": "Гарантія догляду (pasningsgaranti) означає, що комуна має запропонувати місце від 26 тижнів дитини і до початку школи.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er dagpleje?",
                                "en": "What is childminding (dagpleje)?",
                                "ar": "ما هي الرعاية المنزلية (dagpleje)؟",
                                "uk": "Що таке догляд у сім'ї вихователя (dagpleje)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En dagplejer passer nogle få børn i sit eget hjem",
                                        "en": "A childminder looks after a few children in their own home",
                                        "ar": "مربّية تعتني بعدد قليل من الأطفال في بيتها",
                                        "uk": "Сімейний вихователь доглядає кількох дітей у себе вдома",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En skole for børn på 6 år",
                                        "en": "A school for six-year-old children",
                                        "ar": "مدرسة للأطفال في عمر 6 سنوات",
                                        "uk": "Школа для шестирічних дітей",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En sygeplejerske, der besøger familien",
                                        "en": "A nurse who visits the family",
                                        "ar": "ممرضة تزور الأسرة",
                                        "uk": "Медсестра, яка відвідує родину",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I dagpleje passer en dagplejer, som regel ansat af kommunen, nogle få små børn i sit eget hjem.",
                                "en": "In childminding (dagpleje), a childminder, usually employed by the municipality, looks after a few young children in their own home.",
                                "ar": "في الرعاية المنزلية تعتني مربّية (dagplejer)، تكون عادةً موظفة لدى البلدية، بعدد قليل من الأطفال الصغار في بيتها.",
                                "uk": "У догляді в сім'ї вихователя сімейний вихователь (dagplejer), якого зазвичай наймає комуна, доглядає кількох малих дітей у себе вдома.",
                            },
                        },
                        {
                            "question": {
                                "da": "Din familie har en lav indkomst. Hvad kan du søge om?",
                                "en": "Your family has a low income. What can you apply for?",
                                "ar": "دخل أسرتك منخفض. ماذا يمكنك أن تطلب؟",
                                "uk": "У вашої родини низький дохід. На що ви можете подати заяву?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Økonomisk friplads",
                                        "en": "A reduced fee (økonomisk friplads)",
                                        "ar": "إعفاء مالي (økonomisk friplads)",
                                        "uk": "Пільга на оплату (økonomisk friplads)",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "SU",
                                        "en": "SU",
                                        "ar": "منحة الدراسة (SU)",
                                        "uk": "Стипендія SU",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En gratis plads i en privat skole",
                                        "en": "A free place at a private school",
                                        "ar": "مكان مجاني في مدرسة خاصة",
                                        "uk": "Безкоштовне місце в приватній школі",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Med økonomisk friplads betaler familier med lav indkomst mindre eller intet for pladsen. SU er støtte til studerende.",
                                "en": "With a reduced fee, families with a low income pay less or nothing for the place. SU is support for students.",
                                "ar": "مع الإعفاء المالي تدفع الأسر ذات الدخل المنخفض أقل أو لا تدفع شيئًا مقابل المكان. أما منحة الدراسة (SU) فهي دعم للطلاب.",
                                "uk": "Завдяки пільзі на оплату родини з низьким доходом платять за місце менше або нічого. SU — це підтримка для студентів.",
                            },
                        },
                        {
                            "question": {
                                "da": "Dit barn har feber om morgenen. Hvad gør du?",
                                "en": "Your child has a fever in the morning. What do you do?",
                                "ar": "طفلك مصاب بالحمّى في الصباح. ماذا تفعل؟",
                                "uk": "Зранку у вашої дитини температура. Що ви робите?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Holder barnet hjemme og giver besked til dagtilbuddet",
                                        "en": "Keep the child at home and let the daycare know",
                                        "ar": "أُبقي الطفل في البيت وأُخبر مكان الرعاية النهارية",
                                        "uk": "Залишаю дитину вдома і повідомляю заклад денного догляду",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Sender barnet af sted, men siger ikke noget",
                                        "en": "Send the child anyway without saying anything",
                                        "ar": "أرسل الطفل رغم ذلك دون أن أقول شيئًا",
                                        "uk": "Все одно відправляю дитину і нічого не кажу",
                                    },
                                    "correct": False,
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
                            ],
                            "explanation": {
                                "da": "Syge børn skal blive hjemme, så de kan blive raske og ikke smitter andre. Husk at give besked, fx i Aula.",
                                "en": "Sick children must stay at home so they can get well and do not infect others. Remember to let the daycare know, for example in Aula.",
                                "ar": "يجب أن يبقى الأطفال المرضى في البيت حتى يُشفوا ولا يُعدوا غيرهم. تذكّر أن تُخبر مكان الرعاية النهارية، مثلًا عبر منصة Aula.",
                                "uk": "Хворі діти мають залишатися вдома, щоб одужати й не заразити інших. Не забудьте повідомити заклад денного догляду, наприклад через Aula.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "school-and-parents",
            "last_checked": "2026-12-07",
            "estimated_minutes": 50,
            "title": {
                "da": "Folkeskolen og samarbejdet med skolen",
                "en": "The folkeskole and working with the school",
                "ar": "المدرسة الحكومية (folkeskole) والتعاون مع المدرسة",
                "uk": "Загальноосвітня школа (folkeskole) і співпраця зі школою",
            },
            "intro": {
                "da": "Om undervisningspligt, folkeskolens klasser og din rolle som forælder.",
                "en": "About compulsory education, the classes of the folkeskole and your role as a parent.",
                "ar": "عن إلزامية التعليم، وصفوف المدرسة الحكومية، ودورك بصفتك وليّ أمر.",
                "uk": "Про обов'язкове навчання, класи загальноосвітньої школи і вашу роль як батьків.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Undervisningspligt – ikke skolepligt",
                            "I Danmark har alle børn <b>undervisningspligt</b> i 10 år. Det betyder, at dit barn skal have undervisning. Pligten begynder i august i det år, barnet fylder 6 år.",
                            "Undervisningspligt er ikke det samme som skolepligt. Forældrene kan vælge, hvor barnet får undervisning. De fleste børn går i folkeskolen. Nogle går på en friskole eller privatskole, hvor forældrene betaler en del selv. Man kan også undervise sit barn hjemme, men så fører kommunen tilsyn, og undervisningen skal være lige så god som i folkeskolen.",
                        ],
                        "en": [
                            "## Compulsory education – not compulsory school",
                            "In Denmark, all children have <b>compulsory education</b> (undervisningspligt) for 10 years. This means that your child must be taught. The duty begins in August of the year the child turns 6.",
                            "Compulsory education is not the same as compulsory school attendance. Parents can choose where their child is taught. Most children go to the folkeskole, the public school. Some go to a free school (friskole) or a private school, where parents pay part of the cost themselves. You can also teach your child at home, but then the municipality supervises, and the teaching must be as good as in the folkeskole.",
                        ],
                        "ar": [
                            "## إلزامية التعليم، لا إلزامية المدرسة",
                            "في الدنمارك يخضع جميع الأطفال <b>لإلزامية التعليم (undervisningspligt)</b> مدة 10 سنوات. وهذا يعني أن طفلك يجب أن يتلقى التعليم. ويبدأ هذا الواجب في شهر أغسطس من السنة التي يبلغ فيها الطفل 6 سنوات.",
                            "إلزامية التعليم ليست مثل إلزامية الذهاب إلى المدرسة. يمكن للوالدين أن يختاروا أين يتعلّم الطفل. معظم الأطفال يذهبون إلى المدرسة الحكومية (folkeskole). وبعضهم يذهب إلى مدرسة حرة (friskole) أو مدرسة خاصة (privatskole)، حيث يدفع الوالدان جزءًا من التكلفة بأنفسهم. ويمكن أيضًا تعليم الطفل في البيت، لكن البلدية تُشرف على ذلك عندئذٍ، ويجب أن يكون التعليم جيدًا مثل التعليم في المدرسة الحكومية.",
                        ],
                        "uk": [
                            "## Обов'язкове навчання, а не обов'язкова школа",
                            "У Данії для всіх дітей діє <b>обов'язкове навчання (undervisningspligt)</b> протягом 10 років. Це означає, що ваша дитина повинна навчатися. Цей обов'язок починається в серпні того року, коли дитині виповнюється 6 років.",
                            "Обов'язкове навчання — це не те саме, що обов'язок ходити до школи. Батьки можуть вибрати, де дитина навчатиметься. Більшість дітей ходять до загальноосвітньої школи (folkeskole). Деякі навчаються у вільній школі (friskole) або приватній школі (privatskole), де батьки самі оплачують частину вартості. Можна також навчати дитину вдома, але тоді комуна наглядає за навчанням, і воно має бути таким самим добрим, як у загальноосвітній школі.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-undervisningspligt"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan er folkeskolen bygget op",
                            "Folkeskolen er gratis. Den er for alle børn, uanset hvor familien kommer fra, og hvilken religion den har.",
                            "- <b>0. klasse</b> (børnehaveklassen): Børnene er cirka 6 år og lærer at gå i skole.",
                            "- <b>1.-9. klasse</b>: Børnene har fx dansk, matematik, engelsk, natur og teknologi, historie og idræt.",
                            "- <b>10. klasse</b>: Et frivilligt ekstra år for elever, der har brug for det.",
                            "I 9. klasse går eleverne til prøver. Derefter begynder de fleste på en ungdomsuddannelse. Ture, lejrskoler og idræt er en del af undervisningen, og alle elever er med. Faget kristendomskundskab handler om religion. Forældre kan skriftligt bede om, at deres barn bliver fritaget fra det fag.",
                            "Børn, som lige er kommet til Danmark og ikke taler dansk, får ekstra hjælp. Nogle begynder i en modtagelsesklasse, hvor de lærer dansk, før de kommer i en almindelig klasse. Andre går i en almindelig klasse fra starten og får ekstra undervisning i dansk som andetsprog.",
                            "Mange skoler har en <b>SFO</b> (skolefritidsordning). Her kan de yngste elever være før og efter skoletid. SFO koster penge, og du skal skrive dit barn op.",
                        ],
                        "en": [
                            "## How the folkeskole is organised",
                            "The folkeskole is free. It is for all children, no matter where the family comes from or what religion it has.",
                            "- <b>Year 0</b> (0. klasse, the reception class): The children are about 6 years old and learn how to be at school.",
                            "- <b>Years 1–9</b>: The children have subjects such as Danish, maths, English, science, history and physical education.",
                            "- <b>Year 10</b>: An optional extra year for pupils who need it.",
                            "In year 9, the pupils take exams. After that, most of them start a youth education. Trips, school camps and physical education are part of the teaching, and all pupils take part. The subject kristendomskundskab is about religion. Parents can ask in writing for their child to be exempt from this subject.",
                            "Children who have just arrived in Denmark and do not speak Danish get extra help. Some start in a reception class (modtagelsesklasse), where they learn Danish before joining an ordinary class. Others join an ordinary class from the start and get extra lessons in Danish as a second language.",
                            "Many schools have an <b>SFO</b> (after-school club). The youngest pupils can be there before and after school hours. The SFO costs money, and you must sign your child up.",
                        ],
                        "ar": [
                            "## كيف تُنظَّم المدرسة الحكومية",
                            "المدرسة الحكومية مجانية. وهي لجميع الأطفال، أيًّا كان البلد الذي جاءت منه الأسرة، وأيًّا كان دينها.",
                            "- <b>الصف 0 (0. klasse)</b> (الصف التمهيدي، børnehaveklasse): يكون عمر الأطفال نحو 6 سنوات، ويتعلّمون كيف يذهبون إلى المدرسة.",
                            "- <b>من الصف 1 إلى الصف 9</b>: يدرس الأطفال مواد مثل اللغة الدنماركية والرياضيات والإنجليزية والعلوم والتاريخ والتربية البدنية.",
                            "- <b>الصف 10</b>: سنة إضافية اختيارية للتلاميذ الذين يحتاجون إليها.",
                            "في الصف 9 يتقدّم التلاميذ للامتحانات. وبعد ذلك يبدأ معظمهم تعليمًا ثانويًا للشباب (ungdomsuddannelse). الرحلات والمخيمات المدرسية (lejrskole) والتربية البدنية جزء من التعليم، ويشارك فيها جميع التلاميذ. مادة المعرفة المسيحية (kristendomskundskab) تتناول الدين. ويمكن للوالدين أن يطلبوا كتابيًا إعفاء طفلهم من هذه المادة.",
                            "يحصل الأطفال الذين وصلوا حديثًا إلى الدنمارك ولا يتكلمون الدنماركية على مساعدة إضافية. بعضهم يبدأ في صف الاستقبال (modtagelsesklasse)، حيث يتعلّمون الدنماركية قبل أن ينتقلوا إلى صف عادي. وآخرون يدخلون صفًا عاديًا من البداية، ويحصلون على دروس إضافية في الدنماركية بوصفها لغة ثانية.",
                            "في مدارس كثيرة يوجد <b>نادي ما بعد المدرسة (SFO)</b>. يمكن لأصغر التلاميذ أن يكونوا فيه قبل الدوام المدرسي وبعده. الاشتراك في نادي ما بعد المدرسة ليس مجانيًا، ويجب أن تسجّل طفلك فيه.",
                        ],
                        "uk": [
                            "## Як побудована загальноосвітня школа",
                            "Загальноосвітня школа безкоштовна. Вона для всіх дітей, незалежно від того, звідки родина і яку релігію вона сповідує.",
                            "- <b>Нульовий клас (0. klasse)</b> (підготовчий клас, børnehaveklasse): дітям приблизно 6 років, вони вчаться ходити до школи.",
                            "- <b>1–9 класи</b>: діти вивчають, наприклад, данську мову, математику, англійську, природознавство, історію і фізкультуру.",
                            "- <b>10 клас</b>: додатковий рік за бажанням для учнів, яким він потрібен.",
                            "У 9 класі учні складають іспити. Після цього більшість із них починає здобувати освіту для молоді (ungdomsuddannelse). Екскурсії, шкільні табори (lejrskole) і фізкультура є частиною навчання, і в них беруть участь усі учні. Предмет «християнознавство» (kristendomskundskab) розповідає про релігію. Батьки можуть письмово попросити звільнити дитину від цього предмета.",
                            "Діти, які щойно приїхали до Данії і не говорять данською, отримують додаткову допомогу. Деякі починають у класі адаптації (modtagelsesklasse), де вивчають данську, перш ніж перейти до звичайного класу. Інші з самого початку навчаються у звичайному класі й отримують додаткові уроки данської як другої мови.",
                            "У багатьох школах є <b>група продовженого дня (SFO)</b>. Наймолодші учні можуть бути там до і після уроків. Група продовженого дня платна, і вам треба записати туди дитину.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Forældre og skole samarbejder",
                            "I Danmark forventer skolen, at forældrene er aktive. Du er en vigtig samarbejdspartner for lærerne. Det kan være anderledes end i andre lande, hvor skolen og hjemmet har mindre kontakt.",
                            "- <b>Forældremøde</b>: Et møde for alle forældre i klassen, ofte en eller to gange om året. Lærerne fortæller om undervisningen, og forældrene taler om, hvordan børnene har det sammen.",
                            "- <b>Skole-hjem-samtale</b>: En kort samtale mellem dig, dit barn og lærerne om, hvordan det går med barnet, både fagligt og socialt.",
                            "- <b>Skolebestyrelse</b>: Forældrene vælger repræsentanter til skolebestyrelsen, som er med til at bestemme skolens regler og principper.",
                            "Mange skoler kan skaffe en tolk til samtaler med forældre. Spørg skolen i god tid, hvis du har brug for det. Det er også en god idé at komme til klassens arrangementer. Så lærer du de andre forældre at kende, og dit barn får lettere venner.",
                        ],
                        "en": [
                            "## Parents and school work together",
                            "In Denmark, the school expects parents to be active. You are an important partner for the teachers. This can be different from other countries, where school and home have less contact.",
                            "- <b>Parents' meeting</b> (forældremøde): A meeting for all the parents in the class, often once or twice a year. The teachers talk about the teaching, and the parents talk about how the children get along.",
                            "- <b>Parent-teacher conference</b> (skole-hjem-samtale): A short talk between you, your child and the teachers about how your child is doing, both in school subjects and socially.",
                            "- <b>School board</b> (skolebestyrelse): Parents elect representatives to the school board, which helps decide the school's rules and principles.",
                            "Many schools can arrange an interpreter for meetings with parents. Ask the school in good time if you need one. It is also a good idea to come to class events. That way you get to know the other parents, and it is easier for your child to make friends.",
                        ],
                        "ar": [
                            "## الوالدان والمدرسة يتعاونان",
                            "في الدنمارك تتوقّع المدرسة أن يكون الوالدان نشيطين. أنت شريك مهم للمعلّمين. وقد يكون هذا مختلفًا عن بلدان أخرى يكون فيها التواصل بين المدرسة والبيت أقل.",
                            "- <b>اجتماع أولياء الأمور (forældremøde)</b>: اجتماع لجميع أولياء أمور الصف، غالبًا مرة أو مرتين في السنة. يتحدث المعلّمون عن التعليم، ويتحدث أولياء الأمور عن علاقة الأطفال بعضهم ببعض.",
                            "- <b>لقاء المدرسة والبيت (skole-hjem-samtale)</b>: حديث قصير بينك وبين طفلك والمعلّمين عن حال طفلك، في الدراسة وفي العلاقات مع الآخرين.",
                            "- <b>مجلس المدرسة (skolebestyrelse)</b>: ينتخب أولياء الأمور ممثلين عنهم في مجلس المدرسة، الذي يشارك في تحديد قواعد المدرسة ومبادئها.",
                            "تستطيع مدارس كثيرة أن توفّر مترجمًا شفهيًا (tolk) للقاءات مع أولياء الأمور. اسأل المدرسة مبكرًا إذا كنت تحتاج إلى ذلك. ومن الجيد أيضًا أن تحضر فعاليات الصف. وهكذا تتعرّف على أولياء الأمور الآخرين، ويسهل على طفلك أن يكوّن أصدقاء.",
                        ],
                        "uk": [
                            "## Батьки і школа співпрацюють",
                            "У Данії школа очікує, що батьки будуть активними. Ви — важливий партнер для вчителів. Це може відрізнятися від інших країн, де школа і родина мають менше контакту.",
                            "- <b>Батьківські збори (forældremøde)</b>: зустріч для всіх батьків класу, часто один або два рази на рік. Вчителі розповідають про навчання, а батьки говорять про те, як діти ладнають між собою.",
                            "- <b>Розмова «школа – родина» (skole-hjem-samtale)</b>: коротка розмова між вами, вашою дитиною і вчителями про те, як у дитини справи з навчанням і зі стосунками з іншими.",
                            "- <b>Шкільна рада (skolebestyrelse)</b>: батьки обирають своїх представників до шкільної ради, яка бере участь у визначенні правил і принципів школи.",
                            "Багато шкіл можуть організувати перекладача (tolk) для розмов із батьками. Якщо він вам потрібен, попросіть школу заздалегідь. Також варто приходити на заходи класу. Так ви познайомитеся з іншими батьками, а вашій дитині буде легше знайти друзів.",
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
                            "Undervisningspligten varer 10 år og begynder i august i det år, barnet fylder 6.",
                            "Folkeskolen går fra 0. til 9. klasse. 10. klasse er frivillig.",
                            "Folkeskolen er gratis. SFO koster penge.",
                            "Forældremøder og skole-hjem-samtaler er en vigtig del af samarbejdet.",
                            "Aula er skolens digitale system. Du logger ind med MitID.",
                        ],
                        "en": [
                            "Compulsory education lasts 10 years and starts in August of the year the child turns 6.",
                            "The folkeskole goes from year 0 to year 9. Year 10 is optional.",
                            "The folkeskole is free. The SFO costs money.",
                            "Parents' meetings and parent-teacher conferences are an important part of the cooperation.",
                            "Aula is the school's digital system. You log in with MitID.",
                        ],
                        "ar": [
                            "تستمر إلزامية التعليم 10 سنوات، وتبدأ في أغسطس من السنة التي يبلغ فيها الطفل 6 سنوات.",
                            "تمتد المدرسة الحكومية من الصف 0 إلى الصف 9. والصف 10 اختياري.",
                            "المدرسة الحكومية مجانية. أما نادي ما بعد المدرسة (SFO) فليس مجانيًا.",
                            "اجتماعات أولياء الأمور ولقاءات المدرسة والبيت جزء مهم من التعاون.",
                            "منصة Aula هي النظام الرقمي للمدرسة. تسجّل الدخول إليها باستخدام MitID.",
                        ],
                        "uk": [
                            "Обов'язкове навчання триває 10 років і починається в серпні того року, коли дитині виповнюється 6.",
                            "Загальноосвітня школа — це класи від нульового до 9-го. 10 клас — за бажанням.",
                            "Загальноосвітня школа безкоштовна. Група продовженого дня (SFO) платна.",
                            "Батьківські збори і розмови «школа – родина» — важлива частина співпраці.",
                            "Aula — це цифрова система школи. Ви входите в неї через MitID.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Aula – skolens digitale system",
                            "Skoler og dagtilbud bruger <b>Aula</b> til at kommunikere med forældrene. Du logger ind med MitID på aula.dk eller i Aula-appen. I Aula kan du fx:",
                            "- læse beskeder fra lærerne og skolen,",
                            "- se skemaet og kalenderen med fx ture og forældremøder,",
                            "- skrive til lærerne og give besked, hvis dit barn er sygt.",
                            "Læs i Aula hver dag, eller slå beskeder til på din telefon. Hvis du har svært ved at læse dansk, kan du bede skolen om hjælp eller bruge et oversættelsesprogram.",
                            "Hvis dit barn er sygt, skal du give skolen besked samme morgen. Ferier holder I i skolens ferier. Vil du tage dit barn ud af skolen på andre dage, skal du spørge skolens leder først. Meget fravær uden en god grund bliver taget alvorligt af skolen og kommunen.",
                        ],
                        "en": [
                            "## Aula – the school's digital system",
                            "Schools and daycare use <b>Aula</b> to communicate with parents. You log in with MitID on aula.dk or in the Aula app. In Aula you can, for example:",
                            "- read messages from the teachers and the school,",
                            "- see the timetable and the calendar with, for example, trips and parents' meetings,",
                            "- write to the teachers and let them know if your child is sick.",
                            "Read Aula every day, or turn on notifications on your phone. If it is hard for you to read Danish, you can ask the school for help or use a translation app.",
                            "If your child is sick, you must let the school know the same morning. Take holidays during the school holidays. If you want to take your child out of school on other days, you must ask the head teacher first. A lot of absence without a good reason is taken seriously by the school and the municipality.",
                        ],
                        "ar": [
                            "## منصة Aula – النظام الرقمي للمدرسة",
                            "تستخدم المدارس وأماكن الرعاية النهارية منصة <b>Aula</b> للتواصل مع الوالدين. تسجّل الدخول باستخدام MitID على aula.dk أو في تطبيق Aula. في Aula يمكنك مثلًا أن:",
                            "- تقرأ الرسائل من المعلّمين ومن المدرسة،",
                            "- ترى الجدول الدراسي والتقويم، مثلًا مواعيد الرحلات واجتماعات أولياء الأمور،",
                            "- تكتب إلى المعلّمين وتُخبرهم إذا كان طفلك مريضًا.",
                            "اقرأ Aula كل يوم، أو شغّل الإشعارات على هاتفك. إذا كانت قراءة الدنماركية صعبة عليك، يمكنك أن تطلب المساعدة من المدرسة أو أن تستخدم برنامجًا للترجمة.",
                            "إذا كان طفلك مريضًا، فيجب أن تُخبر المدرسة في الصباح نفسه. خذوا عطلاتكم في أثناء عطلات المدرسة. وإذا أردت أن تأخذ طفلك من المدرسة في أيام أخرى، فيجب أن تسأل مدير المدرسة أولًا. تتعامل المدرسة والبلدية بجدية مع الغياب الكثير بدون سبب وجيه.",
                        ],
                        "uk": [
                            "## Aula — цифрова система школи",
                            "Школи і заклади денного догляду спілкуються з батьками через платформу <b>Aula</b>. Ви входите через MitID на aula.dk або в застосунку Aula. В Aula ви можете, наприклад:",
                            "- читати повідомлення від учителів і школи,",
                            "- бачити розклад і календар, наприклад з екскурсіями і батьківськими зборами,",
                            "- писати вчителям і повідомляти, якщо дитина хвора.",
                            "Читайте Aula щодня або ввімкніть сповіщення на телефоні. Якщо вам важко читати данською, попросіть школу про допомогу або скористайтеся програмою-перекладачем.",
                            "Якщо дитина хвора, ви маєте повідомити школу того ж ранку. Їдьте у відпустку під час шкільних канікул. Якщо ви хочете забрати дитину зі школи в інші дні, спершу треба запитати директора школи. Школа і комуна серйозно ставляться до частих пропусків без поважної причини.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Hjælp til forældre",
                        "en": "Help for parents",
                        "ar": "مساعدة للوالدين",
                        "uk": "Допомога для батьків",
                    },
                    "intro": {
                        "da": "Her finder du Aula og en forening, som giver råd til forældre med børn i folkeskolen.",
                        "en": "Here you will find Aula and an association that gives advice to parents with children in the folkeskole.",
                        "ar": "ستجد هنا منصة Aula وجمعية تقدّم النصائح لأولياء أمور الأطفال في المدرسة الحكومية.",
                        "uk": "Тут ви знайдете Aula та об'єднання, яке дає поради батькам, чиї діти навчаються в загальноосвітній школі.",
                    },
                    "resources": ["m03-aula", "skole-og-foraeldre"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad vil du gerne spørge dit barns lærer om til den første skole-hjem-samtale?",
                        "en": "What would you like to ask your child's teacher at the first parent-teacher conference?",
                        "ar": "ماذا تريد أن تسأل معلّم طفلك في أول لقاء بين المدرسة والبيت؟",
                        "uk": "Про що ви хотіли б запитати вчителя своєї дитини на першій розмові «школа – родина»?",
                    },
                    "hint": {
                        "da": "Skriv to eller tre spørgsmål ned på forhånd, fx om dit barns venner, om dansk og om lektier. Du må gerne tage en anden voksen med.",
                        "en": "Write down two or three questions beforehand, for example about your child's friends, Danish and homework. You are welcome to bring another adult.",
                        "ar": "اكتب سؤالين أو ثلاثة مسبقًا، مثلًا عن أصدقاء طفلك، وعن اللغة الدنماركية، وعن الواجبات المنزلية. ويمكنك أن تصطحب معك شخصًا بالغًا آخر.",
                        "uk": "Запишіть заздалегідь два-три запитання, наприклад про друзів дитини, про данську мову і домашні завдання. Ви можете взяти з собою ще когось із дорослих.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: folkeskolen",
                        "en": "Test yourself: the folkeskole",
                        "ar": "اختبر نفسك: المدرسة الحكومية",
                        "uk": "Перевірте себе: загальноосвітня школа",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad betyder undervisningspligt?",
                                "en": "What does compulsory education (undervisningspligt) mean?",
                                "ar": "ماذا تعني إلزامية التعليم (undervisningspligt)؟",
                                "uk": "Що означає обов'язкове навчання (undervisningspligt)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Dit barn skal have undervisning i 10 år, men ikke nødvendigvis i folkeskolen",
                                        "en": "Your child must be taught for 10 years, but not necessarily in the folkeskole",
                                        "ar": "يجب أن يتلقى طفلك التعليم 10 سنوات، لكن ليس بالضرورة في المدرسة الحكومية",
                                        "uk": "Ваша дитина має навчатися 10 років, але не обов'язково в загальноосвітній школі",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Dit barn skal gå i folkeskolen i 10 år",
                                        "en": "Your child must attend the folkeskole for 10 years",
                                        "ar": "يجب أن يذهب طفلك إلى المدرسة الحكومية 10 سنوات",
                                        "uk": "Ваша дитина має ходити до загальноосвітньої школи 10 років",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Dit barn bestemmer selv, om det vil have undervisning",
                                        "en": "Your child decides whether to be taught",
                                        "ar": "طفلك يقرّر بنفسه هل يريد أن يتعلّم",
                                        "uk": "Дитина сама вирішує, чи хоче вона навчатися",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Det er en pligt til undervisning, ikke til en bestemt skole. Forældrene kan fx vælge folkeskole, friskole eller privatskole.",
                                "en": "It is a duty to be taught, not to attend a particular school. Parents can choose, for example, the folkeskole, a free school or a private school.",
                                "ar": "إنه واجب التعلّم، وليس واجب الذهاب إلى مدرسة معيّنة. يمكن للوالدين مثلًا أن يختاروا المدرسة الحكومية أو مدرسة حرة أو مدرسة خاصة.",
                                "uk": "Це обов'язок навчатися, а не ходити до певної школи. Батьки можуть вибрати, наприклад, загальноосвітню, вільну або приватну школу.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad bruger skolen Aula til?",
                                "en": "What does the school use Aula for?",
                                "ar": "لماذا تستخدم المدرسة منصة Aula؟",
                                "uk": "Для чого школа використовує Aula?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Beskeder, skema og kontakt mellem skole og forældre",
                                        "en": "Messages, timetables and contact between school and parents",
                                        "ar": "للرسائل والجدول الدراسي والتواصل بين المدرسة والوالدين",
                                        "uk": "Для повідомлень, розкладу і зв'язку між школою та батьками",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At betale skat",
                                        "en": "Paying tax",
                                        "ar": "لدفع الضرائب",
                                        "uk": "Для сплати податків",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At bestille tid hos lægen",
                                        "en": "Booking a doctor's appointment",
                                        "ar": "لحجز موعد عند الطبيب",
                                        "uk": "Щоб записатися до лікаря",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Aula er skolens og dagtilbuddets digitale system til kommunikation med forældrene.",
                                "en": "Aula is the digital system that schools and daycare use to communicate with parents.",
                                "ar": "منصة Aula هي النظام الرقمي الذي تستخدمه المدرسة وأماكن الرعاية النهارية للتواصل مع الوالدين.",
                                "uk": "Aula — це цифрова система, через яку школи і заклади денного догляду спілкуються з батьками.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en skole-hjem-samtale?",
                                "en": "What is a parent-teacher conference (skole-hjem-samtale)?",
                                "ar": "ما هو لقاء المدرسة والبيت (skole-hjem-samtale)؟",
                                "uk": "Що таке розмова «школа – родина» (skole-hjem-samtale)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En samtale med lærerne om, hvordan det går med dit barn",
                                        "en": "A talk with the teachers about how your child is doing",
                                        "ar": "حديث مع المعلّمين عن حال طفلك",
                                        "uk": "Розмова з учителями про те, як справи у вашої дитини",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En eksamen for forældrene",
                                        "en": "An exam for the parents",
                                        "ar": "امتحان للوالدين",
                                        "uk": "Іспит для батьків",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et møde, hvor du betaler for skolen",
                                        "en": "A meeting where you pay for school",
                                        "ar": "اجتماع تدفع فيه رسوم المدرسة",
                                        "uk": "Зустріч, на якій ви платите за школу",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Til skole-hjem-samtalen taler du, dit barn og lærerne om, hvordan det går fagligt og socialt.",
                                "en": "At the parent-teacher conference, you, your child and the teachers talk about how things are going, in school subjects and socially.",
                                "ar": "في لقاء المدرسة والبيت تتحدث أنت وطفلك والمعلّمون عن حاله في الدراسة وفي العلاقات مع الآخرين.",
                                "uk": "На розмові «школа – родина» ви, ваша дитина і вчителі говорите про те, як у дитини справи з навчанням і зі стосунками з іншими.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du vil gerne rejse med dit barn uden for skolens ferie. Hvad skal du gøre?",
                                "en": "You want to travel with your child outside the school holidays. What must you do?",
                                "ar": "تريد أن تسافر مع طفلك خارج عطلة المدرسة. ماذا يجب أن تفعل؟",
                                "uk": "Ви хочете поїхати з дитиною не під час шкільних канікул. Що ви маєте зробити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Spørge skolens leder først",
                                        "en": "Ask the head teacher first",
                                        "ar": "أن أسأل مدير المدرسة أولًا",
                                        "uk": "Спершу запитати директора школи",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Bare rejse uden at sige noget",
                                        "en": "Just travel without saying anything",
                                        "ar": "أن أسافر ببساطة دون أن أقول شيئًا",
                                        "uk": "Просто поїхати, нічого не кажучи",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Skrive til kommunen, når I er kommet hjem",
                                        "en": "Write to the municipality when you get back",
                                        "ar": "أن أكتب إلى البلدية بعد أن نعود",
                                        "uk": "Написати в комуну, коли ми повернемося",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Fri uden for skolens ferier skal aftales med skolens leder på forhånd.",
                                "en": "Time off outside the school holidays must be agreed with the head teacher in advance.",
                                "ar": "يجب الاتفاق مسبقًا مع مدير المدرسة على أي غياب خارج عطلات المدرسة.",
                                "uk": "Вихідні дні поза шкільними канікулами треба заздалегідь погодити з директором школи.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "youth-and-adult-education",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Uddannelse for unge og voksne",
                "en": "Education for young people and adults",
                "ar": "التعليم للشباب والبالغين",
                "uk": "Навчання для молоді й дорослих",
            },
            "intro": {
                "da": "Om ungdomsuddannelser, SU, danskuddannelse på sprogcenteret og uddannelse for voksne.",
                "en": "About youth education, SU, Danish language education at the language centre and education for adults.",
                "ar": "عن التعليم الثانوي للشباب، ومنحة الدراسة (SU)، وبرنامج تعليم اللغة الدنماركية في مركز اللغة، والتعليم للبالغين.",
                "uk": "Про освіту для молоді, стипендію SU, курси данської мови в мовному центрі і навчання для дорослих.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Efter folkeskolen",
                            "Uddannelse betyder meget i Danmark. De fleste unge tager en <b>ungdomsuddannelse</b> efter 9. eller 10. klasse. Så har de bedre chance for at få arbejde eller læse videre. Der er to hovedveje:",
                            "- <b>Gymnasiale uddannelser</b> (fx stx, hhx, htx og hf): Her læser man almene fag i 2-3 år. Efter det kan man søge ind på en videregående uddannelse, fx på et universitet.",
                            "- <b>Erhvervsuddannelser</b> (eud): Her lærer man et fag, fx tømrer, frisør, elektriker eller social- og sundhedsassistent. Man er skiftevis i skole og i praktik i et firma. Der får man løn.",
                            "Nogle unge under 25 år er ikke klar til en ungdomsuddannelse. De kan gå på <b>FGU</b> (forberedende grunduddannelse). Her kan de blive bedre til fx dansk og matematik. De kan også prøve forskellige fag.",
                            "Kommunen har vejledere, som hjælper unge med at vælge uddannelse. På ug.dk kan man læse om alle uddannelser. Man søger ind på optagelse.dk.",
                        ],
                        "en": [
                            "## After the folkeskole",
                            "Education matters a lot in Denmark. Most young people take a <b>youth education</b> (ungdomsuddannelse) after year 9 or year 10. It gives them better chances of finding work or studying further. There are two main paths:",
                            "- <b>Upper secondary programmes</b> (for example stx, hhx, htx and hf): Students take general subjects for 2–3 years. Afterwards they can apply for higher education, for example at a university.",
                            "- <b>Vocational programmes</b> (eud): Students learn a trade, for example carpenter, hairdresser, electrician or social and health care assistant. The programme switches between school and training in a company, where the student is paid.",
                            "Young people under 25 who are not ready for a youth education can attend <b>FGU</b> (preparatory basic education). There they can improve, for example, their Danish and maths and try out different trades.",
                            "The municipality has guidance counsellors who help young people choose an education. On ug.dk you can read about all programmes, and you apply on optagelse.dk.",
                        ],
                        "ar": [
                            "## بعد المدرسة الحكومية",
                            "للتعليم أهمية كبيرة في الدنمارك. يلتحق معظم الشباب <b>بالتعليم الثانوي للشباب (ungdomsuddannelse)</b> بعد الصف 9 أو الصف 10. وهذا يمنحهم فرصًا أفضل للحصول على عمل أو لمواصلة الدراسة. هناك طريقان رئيسيان:",
                            "- <b>التعليم الثانوي العام (gymnasiale uddannelser)</b> (مثل stx وhhx وhtx وhf): يدرس الطلاب مواد عامة مدة 2–3 سنوات. وبعد ذلك يمكنهم التقدّم إلى التعليم العالي، مثلًا في الجامعة.",
                            "- <b>التعليم المهني (erhvervsuddannelser – eud)</b>: يتعلّم الطلاب مهنة، مثل النجارة أو تصفيف الشعر أو الكهرباء أو مساعد الرعاية الاجتماعية والصحية. ويتناوب التعليم بين المدرسة والتدريب العملي في شركة، حيث يحصل الطالب على أجر.",
                            "يمكن للشباب دون 25 سنة، الذين ليسوا مستعدين بعدُ للتعليم الثانوي للشباب، أن يلتحقوا <b>بالتعليم الأساسي التحضيري (FGU)</b>. وهناك يمكنهم أن يتحسّنوا مثلًا في اللغة الدنماركية والرياضيات، وأن يجرّبوا مهنًا مختلفة.",
                            "لدى البلدية مرشدون يساعدون الشباب على اختيار تعليمهم. على موقع ug.dk يمكن القراءة عن جميع أنواع التعليم، ويُقدَّم طلب الالتحاق على موقع optagelse.dk.",
                        ],
                        "uk": [
                            "## Після загальноосвітньої школи",
                            "Освіта в Данії дуже важлива. Більшість молодих людей після 9 або 10 класу здобувають <b>освіту для молоді (ungdomsuddannelse)</b>. Вона дає більше можливостей знайти роботу або навчатися далі. Є два основні шляхи:",
                            "- <b>Гімназійні програми (gymnasiale uddannelser)</b> (наприклад stx, hhx, htx і hf): учні 2–3 роки вивчають загальноосвітні предмети. Потім вони можуть вступати на вищу освіту, наприклад до університету.",
                            "- <b>Професійна освіта (erhvervsuddannelser – eud)</b>: учні опановують фах, наприклад столяра, перукаря, електрика або асистента із соціального та медичного догляду. Навчання чергується між школою і практикою на підприємстві, де учень отримує зарплату.",
                            "Молодь до 25 років, яка ще не готова до освіти для молоді, може навчатися на <b>підготовчій базовій освіті (FGU)</b>. Там можна підтягнути, наприклад, данську мову й математику та спробувати різні фахи.",
                            "У комуні є консультанти, які допомагають молоді обрати освіту. На ug.dk можна прочитати про всі освітні програми, а заяву на вступ подають на optagelse.dk.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-ungdomsuddannelse"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## SU – støtte til at studere",
                            "<b>SU</b> står for Statens Uddannelsesstøtte. Det er penge fra staten. Du kan få dem hver måned, mens du tager en uddannelse. Du kan få SU, når du er fyldt 18 år. Det gælder, når du går på en ungdomsuddannelse eller en videregående uddannelse. Du kan også få et SU-lån, som du skal betale tilbage senere.",
                            "Hvor meget du kan få, kommer blandt andet an på din uddannelse. Det kommer også an på, om du bor hjemme hos dine forældre. Er du udenlandsk statsborger? Så afhænger det af din opholdstilladelse, om du kan få SU. Du søger SU på su.dk med MitID. Her kan du også læse reglerne.",
                        ],
                        "en": [
                            "## SU – support for studying",
                            "<b>SU</b> stands for Statens Uddannelsesstøtte, the State Educational Grant. It is money from the state that you can get every month while you are studying. You can get SU when you are 18 or older and attend a youth education or a higher education. You can also get an SU loan, which you must pay back later.",
                            "How much you can get depends, among other things, on which programme you take and whether you live with your parents. Whether you can get SU as a foreign citizen depends on your residence permit. You apply for SU online on su.dk with MitID, where you can also read the rules.",
                        ],
                        "ar": [
                            "## منحة الدراسة (SU) – دعم للدراسة",
                            "<b>SU</b> تعني منحة الدراسة الحكومية (Statens Uddannelsesstøtte). وهي أموال من الدولة يمكنك أن تحصل عليها كل شهر أثناء دراستك. يمكنك أن تحصل على المنحة عندما تبلغ 18 سنة وتدرس في التعليم الثانوي للشباب أو في التعليم العالي. ويمكنك أيضًا أن تحصل على قرض دراسي (SU-lån)، ويجب أن تسدّده لاحقًا.",
                            "يعتمد المبلغ الذي يمكنك الحصول عليه على أمور منها نوع التعليم، وهل تسكن مع والديك. أما هل يمكنك أن تحصل على المنحة بصفتك مواطنًا أجنبيًا، فيعتمد على تصريح إقامتك. تتقدّم بطلب المنحة إلكترونيًا على su.dk باستخدام MitID، وهناك يمكنك أيضًا أن تقرأ القواعد.",
                        ],
                        "uk": [
                            "## SU — підтримка під час навчання",
                            "<b>SU</b> означає державна освітня стипендія (Statens Uddannelsesstøtte). Це гроші від держави, які ви можете отримувати щомісяця, поки навчаєтеся. Ви можете отримувати SU, коли вам виповнилося 18 років і ви здобуваєте освіту для молоді або вищу освіту. Також можна взяти позику SU (SU-lån), яку пізніше треба повернути.",
                            "Сума залежить, серед іншого, від того, на якій програмі ви навчаєтеся і чи живете ви з батьками. Чи можете ви як іноземний громадянин отримувати SU, залежить від вашого дозволу на проживання. Заяву на SU подають онлайн на su.dk через MitID, там же можна прочитати правила.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dansk for voksne på sprogcenteret",
                            "Er du voksen udlænding og bor i Danmark? Så har du som regel ret til at lære dansk. Kommunen tilbyder dig <b>danskuddannelse</b>. Du får den på et sprogcenter (også kaldet en sprogskole). Der er tre danskuddannelser:",
                            "- <b>Danskuddannelse 1</b>: for dig, der har gået kort tid eller slet ikke i skole. Måske kan du ikke læse og skrive på dit eget sprog eller med latinske bogstaver.",
                            "- <b>Danskuddannelse 2</b>: for dig, der har gået nogle år i skole i dit hjemland. Men du lærer et nyt sprog lidt langsommere.",
                            "- <b>Danskuddannelse 3</b>: for dig, der har en god skolebaggrund eller en længere uddannelse. Du kan lære et nyt sprog hurtigt.",
                            "Danskuddannelse 1 og 2 har seks moduler hver. Danskuddannelse 3 har fem moduler og et ekstra modul 6. Det kan du vælge, hvis du vil videre mod Studieprøven. Hver danskuddannelse ender med en prøve: Prøve i Dansk 1, 2 eller 3. Mange sprogcentre har hold både om dagen og om aftenen, så det kan passe med arbejde og familie.",
                            "Danskuddannelsen er gratis. Nogle kursister skal betale et depositum. Det får de tilbage, når de er færdige. Er du i et program hos kommunen, er dansk en del af din plan. Kommunen siger til dig, hvor mange timer du skal have, og hvornår. Der er tidsfrister. Derfor er det en god idé at starte tidligt og komme hver gang.",
                        ],
                        "en": [
                            "## Danish for adults at the language centre",
                            "As an adult foreigner living in Denmark, you usually have the right to learn Danish. The municipality offers you <b>Danish language education</b> (danskuddannelse) at a language centre (sprogcenter, also called a language school). There are three programmes:",
                            "- <b>Danish Education 1</b>: for you if you have been to school for a short time or not at all. Perhaps you cannot read and write in your own language or in the Latin alphabet.",
                            "- <b>Danish Education 2</b>: for you if you went to school for some years in your home country but learn a new language a little more slowly.",
                            "- <b>Danish Education 3</b>: for you if you have a good school background or a longer education and can learn a new language quickly.",
                            "Danish Education 1 and 2 have six modules each. Danish Education 3 has five modules and an extra module 6, which you can choose if you want to go on towards Studieprøven (the Danish test for higher education). Each programme ends with a test: Prøve i Dansk 1, 2 or 3. Many language centres have classes both during the day and in the evening, so they can fit with work and family.",
                            "Danish language education is free. Some students must pay a deposit, which they can get back when they complete the course. If you are in a programme with the municipality, Danish is part of your plan: the municipality tells you how many hours you must have and by when. There are time limits, so it is a good idea to start early and come to every lesson.",
                        ],
                        "ar": [
                            "## اللغة الدنماركية للبالغين في مركز اللغة",
                            "إذا كنت شخصًا بالغًا أجنبيًا تسكن في الدنمارك، فلك عادةً الحق في تعلّم اللغة الدنماركية. تقدّم لك البلدية <b>برنامج تعليم اللغة الدنماركية (danskuddannelse)</b>، ويجري في مركز اللغة (sprogcenter، ويُسمّى أيضًا مدرسة اللغة). هناك ثلاثة برامج:",
                            "- <b>البرنامج 1 (Danskuddannelse 1)</b>: لك إذا ذهبت إلى المدرسة وقتًا قصيرًا أو لم تذهب إليها أبدًا. ربما لا تستطيع القراءة والكتابة بلغتك أو بالحروف اللاتينية.",
                            "- <b>البرنامج 2 (Danskuddannelse 2)</b>: لك إذا ذهبت إلى المدرسة بضع سنوات في بلدك، لكنك تتعلّم لغة جديدة ببطء أكثر قليلًا.",
                            "- <b>البرنامج 3 (Danskuddannelse 3)</b>: لك إذا كانت لديك خلفية دراسية جيدة أو تعليم أطول، وتستطيع أن تتعلّم لغة جديدة بسرعة.",
                            "يتكوّن كل من البرنامج 1 والبرنامج 2 من ستة مستويات (moduler). ويتكوّن البرنامج 3 من خمسة مستويات، ومعها مستوى سادس إضافي يمكنك اختياره إذا أردت أن تتابع نحو امتحان الدراسة (Studieprøven). وينتهي كل برنامج بامتحان: Prøve i Dansk 1 أو 2 أو 3. لدى كثير من مراكز اللغة صفوف في النهار وفي المساء، حتى تناسب العمل والأسرة.",
                            "تعليم اللغة الدنماركية مجاني. بعض الدارسين يجب أن يدفعوا مبلغ تأمين (depositum)، ويمكنهم استرجاعه عندما يُكملون الدراسة. إذا كنت في برنامج لدى البلدية، فاللغة الدنماركية جزء من خطتك: البلدية تُخبرك كم ساعة يجب أن تدرس ومتى. هناك مواعيد نهائية، لذلك من الجيد أن تبدأ مبكرًا وأن تحضر كل الدروس.",
                        ],
                        "uk": [
                            "## Данська для дорослих у мовному центрі",
                            "Якщо ви дорослий іноземець і живете в Данії, ви зазвичай маєте право вивчати данську мову. Комуна пропонує вам <b>курс данської мови (danskuddannelse)</b> у мовному центрі (sprogcenter, його ще називають мовною школою). Є три програми:",
                            "- <b>Програма 1 (Danskuddannelse 1)</b>: для вас, якщо ви недовго ходили до школи або не ходили зовсім. Можливо, ви не вмієте читати й писати своєю мовою або латинськими літерами.",
                            "- <b>Програма 2 (Danskuddannelse 2)</b>: для вас, якщо ви кілька років навчалися в школі на батьківщині, але вивчаєте нову мову трохи повільніше.",
                            "- <b>Програма 3 (Danskuddannelse 3)</b>: для вас, якщо у вас хороша шкільна підготовка або довша освіта і ви можете швидко вивчити нову мову.",
                            "Програми 1 і 2 мають по шість модулів. Програма 3 має п'ять модулів і додатковий модуль 6, який можна обрати, якщо ви хочете йти далі до іспиту Studieprøven (іспит з данської для вступу на вищу освіту). Кожна програма закінчується іспитом: Prøve i Dansk 1, 2 або 3. У багатьох мовних центрах є групи вдень і ввечері, тож навчання можна поєднати з роботою і родиною.",
                            "Курс данської мови безкоштовний. Деякі слухачі мають сплатити заставу (depositum), яку їм повертають, коли вони завершують навчання. Якщо ви берете участь у програмі комуни, данська мова є частиною вашого плану: комуна скаже вам, скільки годин ви маєте пройти і до якого часу. Є терміни, тому варто почати рано і приходити на кожне заняття.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-danskuddannelse"},
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
                            "De fleste unge tager en ungdomsuddannelse: en gymnasial uddannelse eller en erhvervsuddannelse.",
                            "FGU er for unge under 25 år, som ikke er klar til en ungdomsuddannelse.",
                            "SU er penge fra staten til studerende fra 18 år. Reglerne står på su.dk.",
                            "Voksne udlændinge kan lære dansk gratis på et sprogcenter: Danskuddannelse 1, 2 eller 3.",
                            "Voksne kan også uddanne sig, fx på VUC, på AMU-kurser eller med en erhvervsuddannelse for voksne.",
                        ],
                        "en": [
                            "Most young people take a youth education: an upper secondary programme or a vocational programme.",
                            "FGU is for young people under 25 who are not ready for a youth education.",
                            "SU is money from the state for students aged 18 and over. The rules are on su.dk.",
                            "Adult foreigners can learn Danish for free at a language centre: Danish Education 1, 2 or 3.",
                            "Adults can also get an education, for example at VUC, on AMU courses or with a vocational programme for adults.",
                        ],
                        "ar": [
                            "يلتحق معظم الشباب بالتعليم الثانوي للشباب: تعليم ثانوي عام أو تعليم مهني.",
                            "التعليم الأساسي التحضيري (FGU) للشباب دون 25 سنة الذين ليسوا مستعدين بعدُ للتعليم الثانوي للشباب.",
                            "منحة الدراسة (SU) أموال من الدولة للطلاب من عمر 18 سنة. القواعد موجودة على su.dk.",
                            "يمكن للبالغين الأجانب أن يتعلّموا الدنماركية مجانًا في مركز اللغة: Danskuddannelse 1 أو 2 أو 3.",
                            "يمكن للبالغين أيضًا أن يتعلّموا، مثلًا في مركز تعليم البالغين (VUC)، أو في دورات AMU، أو في التعليم المهني للبالغين.",
                        ],
                        "uk": [
                            "Більшість молодих людей здобувають освіту для молоді: гімназійну або професійну.",
                            "FGU — для молоді до 25 років, яка ще не готова до освіти для молоді.",
                            "SU — це гроші від держави для студентів від 18 років. Правила є на su.dk.",
                            "Дорослі іноземці можуть безкоштовно вивчати данську в мовному центрі: Danskuddannelse 1, 2 або 3.",
                            "Дорослі також можуть навчатися, наприклад у центрі освіти дорослих (VUC), на курсах AMU або на професійній освіті для дорослих.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Uddannelse for voksne",
                            "I Danmark er det normalt at lære nyt hele livet. Der er mange tilbud til voksne:",
                            "- <b>VUC</b> (voksenuddannelsescenter): Her kan voksne tage fag på niveau med folkeskolen eller gymnasiet. Det kan fx være dansk, matematik og engelsk.",
                            "- <b>AMU-kurser</b>: korte kurser, som gør dig klar til et bestemt job. Det kan fx være rengøring, lager, transport eller omsorg.",
                            "- <b>Erhvervsuddannelse for voksne</b> (euv): Voksne fra 25 år kan tage en erhvervsuddannelse. Har de erfaring fra arbejde, tager det ofte kortere tid.",
                            "- <b>Aftenskole og højskole</b>: kurser i fx sprog, madlavning eller kunst. Her lærer du nyt og møder andre.",
                            "Har du en uddannelse fra dit hjemland, kan du søge om at få den vurderet. Så kan danske arbejdsgivere se, hvad den svarer til her. Spørg jobcenteret eller sprogcenteret, hvad du skal gøre.",
                        ],
                        "en": [
                            "## Education for adults",
                            "In Denmark it is common to keep learning throughout life. There are many options for adults:",
                            "- <b>VUC</b> (adult education centre): Adults can take subjects at folkeskole level or upper secondary level, for example Danish, maths and English.",
                            "- <b>AMU courses</b>: short courses that prepare you for a particular job, for example in cleaning, warehouse work, transport or care.",
                            "- <b>Vocational education for adults</b> (euv): Adults aged 25 and over can take a vocational programme, often in a shorter time if they have work experience.",
                            "- <b>Evening school and folk high school</b> (aftenskole and højskole): courses in, for example, languages, cooking or art, where you learn something new and meet other people.",
                            "If you have an education from your home country, you can apply to have it assessed. Then Danish employers can see what it corresponds to in Denmark. Ask the jobcentre or the language centre how to do it.",
                        ],
                        "ar": [
                            "## التعليم للبالغين",
                            "في الدنمارك من المعتاد أن يتعلّم الإنسان أشياء جديدة طوال حياته. وهناك فرص كثيرة للبالغين:",
                            "- <b>مركز تعليم البالغين (VUC)</b>: يمكن للبالغين هنا أن يدرسوا مواد بمستوى المدرسة الحكومية أو بمستوى الثانوية العامة، مثل اللغة الدنماركية والرياضيات والإنجليزية.",
                            "- <b>دورات AMU</b>: دورات قصيرة تُعدّك لعمل معيّن، مثلًا في التنظيف أو المستودعات أو النقل أو الرعاية.",
                            "- <b>التعليم المهني للبالغين (euv)</b>: يمكن للبالغين من عمر 25 سنة أن يلتحقوا بتعليم مهني، وغالبًا في وقت أقصر إذا كانت لديهم خبرة في العمل.",
                            "- <b>المدرسة المسائية والمدرسة الشعبية العليا (aftenskole وhøjskole)</b>: دورات مثلًا في اللغات أو الطبخ أو الفن، تتعلّم فيها أشياء جديدة وتلتقي بأشخاص آخرين.",
                            "إذا كان لديك تعليم من بلدك، يمكنك أن تطلب تقييمه. وبذلك يرى أصحاب العمل الدنماركيون ما يعادله في الدنمارك. اسأل مركز العمل (jobcenter) أو مركز اللغة كيف تفعل ذلك.",
                        ],
                        "uk": [
                            "## Навчання для дорослих",
                            "У Данії звично вчитися нового все життя. Для дорослих є багато можливостей:",
                            "- <b>Центр освіти дорослих (VUC)</b>: тут дорослі можуть вивчати предмети на рівні загальноосвітньої школи або гімназії, наприклад данську, математику й англійську.",
                            "- <b>Курси AMU</b>: короткі курси, які готують до певної роботи, наприклад у сфері прибирання, складської роботи, транспорту або догляду.",
                            "- <b>Професійна освіта для дорослих (euv)</b>: дорослі від 25 років можуть здобути професійну освіту, часто за коротший час, якщо мають досвід роботи.",
                            "- <b>Вечірня школа і народна вища школа (aftenskole і højskole)</b>: курси, наприклад, мов, кулінарії чи мистецтва, де ви вчитеся нового і знайомитеся з іншими людьми.",
                            "Якщо у вас є освіта з батьківщини, ви можете подати заяву на її оцінювання. Тоді данські роботодавці побачать, чому вона відповідає в Данії. Запитайте в центрі зайнятості (jobcenter) або в мовному центрі, як це зробити.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find din uddannelse",
                        "en": "Find your education",
                        "ar": "جِد التعليم المناسب لك",
                        "uk": "Знайдіть свою освіту",
                    },
                    "intro": {
                        "da": "På disse sider kan du læse om uddannelser, få vejledning og læse om SU.",
                        "en": "On these websites you can read about education, get guidance and read about SU.",
                        "ar": "على هذه المواقع يمكنك أن تقرأ عن أنواع التعليم، وأن تحصل على إرشاد، وأن تقرأ عن منحة الدراسة (SU).",
                        "uk": "На цих сайтах можна прочитати про освіту, отримати консультацію і дізнатися про стипендію SU.",
                    },
                    "resources": ["m03-ug", "m03-su"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad vil du gerne lære eller arbejde med i Danmark om fem år? Hvad er det første skridt?",
                        "en": "What would you like to learn or work with in Denmark in five years? What is the first step?",
                        "ar": "ماذا تحب أن تتعلّم أو تعمل في الدنمارك بعد خمس سنوات؟ ما هي الخطوة الأولى؟",
                        "uk": "Чого ви хотіли б навчитися або ким працювати в Данії через п'ять років? Який перший крок?",
                    },
                    "hint": {
                        "da": "Tænk på din uddannelse og dit arbejde fra dit hjemland. Tal med din lærer på sprogcenteret eller din rådgiver på jobcenteret om dine muligheder.",
                        "en": "Think about your education and work from your home country. Talk to your teacher at the language centre or your adviser at the jobcentre about your options.",
                        "ar": "فكّر في تعليمك وعملك في بلدك. تحدّث عن فرصك مع معلّمك في مركز اللغة أو مع الموظف المسؤول عنك في مركز العمل (jobcenter).",
                        "uk": "Подумайте про свою освіту і роботу на батьківщині. Поговоріть про свої можливості з учителем у мовному центрі або з консультантом у центрі зайнятості.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv: uddannelse",
                        "en": "Test yourself: education",
                        "ar": "اختبر نفسك: التعليم",
                        "uk": "Перевірте себе: освіта",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en erhvervsuddannelse?",
                                "en": "What is a vocational programme (erhvervsuddannelse)?",
                                "ar": "ما هو التعليم المهني (erhvervsuddannelse)؟",
                                "uk": "Що таке професійна освіта (erhvervsuddannelse)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En uddannelse, hvor du lærer et fag i skolen og i praktik i en virksomhed",
                                        "en": "A programme where you learn a trade at school and through training in a company",
                                        "ar": "تعليم تتعلّم فيه مهنة في المدرسة وفي تدريب عملي في شركة",
                                        "uk": "Освіта, де ви опановуєте фах у школі та на практиці на підприємстві",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En uddannelse kun for universitetsstuderende",
                                        "en": "A programme only for university students",
                                        "ar": "تعليم لطلاب الجامعة فقط",
                                        "uk": "Освіта лише для студентів університету",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et kursus i dansk for udlændinge",
                                        "en": "A Danish course for foreigners",
                                        "ar": "دورة في اللغة الدنماركية للأجانب",
                                        "uk": "Курс данської мови для іноземців",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "En erhvervsuddannelse skifter mellem skole og praktik, og eleven får løn i praktiktiden.",
                                "en": "A vocational programme switches between school and training, and the student is paid during the training periods.",
                                "ar": "يتناوب التعليم المهني بين المدرسة والتدريب العملي، ويحصل الطالب على أجر أثناء فترة التدريب.",
                                "uk": "Професійна освіта чергує навчання в школі й практику, а під час практики учень отримує зарплату.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er SU?",
                                "en": "What is SU?",
                                "ar": "ما هي منحة الدراسة (SU)؟",
                                "uk": "Що таке SU?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Penge fra staten til personer, der tager en uddannelse",
                                        "en": "Money from the state for people who are studying",
                                        "ar": "أموال من الدولة للأشخاص الذين يدرسون",
                                        "uk": "Гроші від держави для людей, які навчаються",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En skat, som studerende betaler",
                                        "en": "A tax that students pay",
                                        "ar": "ضريبة يدفعها الطلاب",
                                        "uk": "Податок, який сплачують студенти",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En skole for unge under 18 år",
                                        "en": "A school for young people under 18",
                                        "ar": "مدرسة للشباب دون 18 سنة",
                                        "uk": "Школа для молоді до 18 років",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "SU er Statens Uddannelsesstøtte. Man kan få den fra 18 år, når man tager en ungdomsuddannelse eller en videregående uddannelse.",
                                "en": "SU is the State Educational Grant. You can get it from age 18 when you take a youth education or a higher education.",
                                "ar": "SU هي منحة الدراسة الحكومية (Statens Uddannelsesstøtte). يمكن الحصول عليها من عمر 18 سنة عند الدراسة في التعليم الثانوي للشباب أو في التعليم العالي.",
                                "uk": "SU — це державна освітня стипендія (Statens Uddannelsesstøtte). Її можна отримувати з 18 років, якщо ви здобуваєте освіту для молоді або вищу освіту.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor lærer voksne udlændinge dansk?",
                                "en": "Where do adult foreigners learn Danish?",
                                "ar": "أين يتعلّم البالغون الأجانب اللغة الدنماركية؟",
                                "uk": "Де дорослі іноземці вивчають данську мову?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "På et sprogcenter",
                                        "en": "At a language centre",
                                        "ar": "في مركز اللغة",
                                        "uk": "У мовному центрі",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "I en vuggestue",
                                        "en": "At a nursery",
                                        "ar": "في الحضانة",
                                        "uk": "У яслах",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Hos lægen",
                                        "en": "At the doctor's",
                                        "ar": "عند الطبيب",
                                        "uk": "У лікаря",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kommunen tilbyder danskuddannelse, som foregår på et sprogcenter.",
                                "en": "The municipality offers Danish language education, which takes place at a language centre.",
                                "ar": "تقدّم البلدية برنامج تعليم اللغة الدنماركية، ويجري في مركز اللغة.",
                                "uk": "Комуна пропонує курс данської мови, який проходить у мовному центрі.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvem er FGU for?",
                                "en": "Who is FGU for?",
                                "ar": "لمن التعليم الأساسي التحضيري (FGU)؟",
                                "uk": "Для кого FGU?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Unge under 25 år, som ikke er klar til en ungdomsuddannelse",
                                        "en": "Young people under 25 who are not ready for a youth education",
                                        "ar": "للشباب دون 25 سنة الذين ليسوا مستعدين بعدُ للتعليم الثانوي للشباب",
                                        "uk": "Для молоді до 25 років, яка ще не готова до освіти для молоді",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Alle voksne over 40 år",
                                        "en": "All adults over 40",
                                        "ar": "لجميع البالغين فوق 40 سنة",
                                        "uk": "Для всіх дорослих старших за 40 років",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Børn i 0. klasse",
                                        "en": "Children in year 0",
                                        "ar": "للأطفال في الصف 0",
                                        "uk": "Для дітей нульового класу",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "FGU (forberedende grunduddannelse) gør unge under 25 klar til en ungdomsuddannelse eller et job.",
                                "en": "FGU (preparatory basic education) gets young people under 25 ready for a youth education or a job.",
                                "ar": "التعليم الأساسي التحضيري (FGU – forberedende grunduddannelse) يُعدّ الشباب دون 25 سنة للتعليم الثانوي للشباب أو للعمل.",
                                "uk": "FGU (forberedende grunduddannelse, підготовча базова освіта) готує молодь до 25 років до освіти для молоді або до роботи.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
