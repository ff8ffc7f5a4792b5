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
            "en": "In non-profit housing (almene boliger), the tenants decide on some things in their estate themselves. At the yearly estate meeting (afdelingsmøde), all tenants can vote, for example on house rules and shared areas, and elect an estate board.",
            "ar": "في المساكن غير الربحية (almene boliger) يقرّر السكان بأنفسهم بعض الأمور في مجمّعهم السكني. في الاجتماع السنوي للسكان (afdelingsmøde) يمكن لجميع السكان التصويت، مثلاً على قواعد السكن والمساحات المشتركة، وانتخاب مجلس للمجمّع.",
            "uk": "У неприбутковому житлі (almene boliger) мешканці самі вирішують частину питань свого житлового комплексу. На щорічних зборах мешканців (afdelingsmøde) усі можуть голосувати, наприклад щодо правил будинку та спільних територій, і обирати правління комплексу.",
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
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Foreningslivet i Danmark",
                "en": "Associations in Denmark",
                "ar": "حياة الجمعيات في الدنمارك",
                "uk": "Об'єднання в Данії",
            },
            "intro": {
                "da": "Sportsklubber, kulturforeninger og forældreforeninger: Lær, hvad en forening er, og hvordan du finder en, der passer til dig.",
                "en": "Sports clubs, cultural associations and parents' associations: learn what an association is and how to find one that suits you.",
                "ar": "الأندية الرياضية والجمعيات الثقافية وجمعيات أولياء الأمور: تعرّف على معنى الجمعية، وكيف تجد جمعية تناسبك.",
                "uk": "Спортивні клуби, культурні та батьківські об'єднання: дізнайтеся, що таке об'єднання і як знайти те, яке вам підходить.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad er en forening?",
                            "En forening er en gruppe mennesker, der mødes om noget, de har til fælles. Det kan være fodbold, svømning, musik, skak, at lave mad, natur eller det land og den kultur, man kommer fra. Alle foreningerne samlet kalder man <b>foreningslivet</b>.",
                            "Der er foreninger i næsten alle byer og landsbyer. De fleste danskere er eller har været medlem af en forening. Mange børn går til sport eller en anden hobby i en forening. De går der en eller to gange om ugen.",
                            "En forening er ikke et firma. Den skal ikke tjene penge til ejere. Pengene går til aktiviteterne, fx bolde, lokaler eller en tur. Mange af dem, der laver arbejdet, er <b>frivillige</b>. De får altså ikke løn.",
                        ],
                        "en": [
                            "## What is an association?",
                            'An association is a group of people who meet around something they have in common. It can be football, swimming, music, chess, cooking, nature or the country and culture they come from. All the associations together are called <b>foreningslivet</b> – "association life".',
                            "There are associations in almost every town and village. Most Danes are or have been members of an association. Many children do a sport or another leisure activity in an association once or twice a week.",
                            "An association is not a business. It does not make money for owners. The money is spent on the activities, for example balls, rooms or a trip. Many of the people who do the work are <b>volunteers</b>. This means they are not paid.",
                        ],
                        "ar": [
                            "## ما هي الجمعية؟",
                            "الجمعية (forening) مجموعة من الناس يلتقون حول شيء مشترك بينهم. قد يكون ذلك كرة القدم أو السباحة أو الموسيقى أو الشطرنج أو الطبخ أو الطبيعة، أو البلد والثقافة اللذين جاؤوا منهما. ويُطلق على كل الجمعيات معاً اسم <b>foreningslivet</b>، أي «حياة الجمعيات».",
                            "توجد جمعيات في كل المدن والقرى تقريباً. معظم الدنماركيين أعضاء في جمعية الآن أو كانوا أعضاء فيها من قبل. ويمارس كثير من الأطفال رياضة أو نشاطاً آخر في وقت الفراغ في جمعية، مرة أو مرتين في الأسبوع.",
                            "الجمعية ليست شركة، ولا تهدف إلى تحقيق أرباح لمالكين. تُصرف الأموال على الأنشطة، مثل الكرات أو القاعات أو رحلة. وكثير ممن يقومون بالعمل فيها <b>متطوعون (frivillige)</b>، أي أنهم لا يتقاضون أجراً.",
                        ],
                        "uk": [
                            "## Що таке об'єднання?",
                            "Об'єднання (forening) – це група людей, які збираються разом навколо того, що їх об'єднує. Це може бути футбол, плавання, музика, шахи, кулінарія, природа або країна й культура, з якої вони походять. Усі об'єднання разом називають <b>foreningslivet</b> – «життя об'єднань».",
                            "Об'єднання є майже в кожному місті й селі. Більшість данців є або були членами якогось об'єднання. Багато дітей один чи два рази на тиждень займаються спортом або іншим дозвіллям в об'єднанні.",
                            "Об'єднання – це не підприємство. Воно не заробляє гроші для власників. Гроші йдуть на діяльність, наприклад на м'ячі, приміщення чи поїздку. Багато з тих, хто виконує роботу, – <b>волонтери (frivillige)</b>. Це означає, що вони не отримують зарплати.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-forening"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Mange slags foreninger",
                            "- <b>Sportsklubber</b>: fx fodbold, håndbold, badminton, svømning, gymnastik og løb. Mange klubber har hold for både børn og voksne. Og de har hold for både begyndere og øvede.",
                            "- <b>Kulturforeninger</b>: fx kor, teater, dans, musik, bøger og foreninger for folk med samme baggrund eller sprog.",
                            "- <b>Forældreforeninger</b>: Forældre arbejder sammen om deres børns skole, daginstitution eller fritid. I folkeskolen er der en <b>skolebestyrelse</b>. Her bliver forældre valgt, og de er med til at bestemme. I daginstitutioner er der som regel en forældrebestyrelse.",
                            "- <b>Interesseforeninger</b>: fx haveforeninger, naturforeninger, spejdere og foreninger for syge og deres pårørende.",
                            "- <b>Boligforeninger</b>: Bor du i en almen bolig, kan du være med til at bestemme i dit boligområde. Det lærer du mere om i lektion 3.",
                        ],
                        "en": [
                            "## Many kinds of associations",
                            "- <b>Sports clubs</b>: for example football, handball, badminton, swimming, gymnastics and running. Many clubs have teams for both children and adults, and for both beginners and experienced players.",
                            "- <b>Cultural associations</b>: for example choirs, theatre, dance, music, literature and associations for people with the same background or language.",
                            "- <b>Parents' associations</b>: Parents work together for their children's school, childcare or leisure time. In the folkeskole there is a <b>school board</b> (skolebestyrelse), where parents are elected and take part in decisions. Childcare institutions usually have a parents' board.",
                            "- <b>Interest associations</b>: for example allotment garden associations, nature associations, scouts and associations for patients and their families.",
                            "- <b>Housing associations</b>: If you live in non-profit housing (almen bolig), you can take part in decisions about your housing estate. You will learn more about this in lesson 3.",
                        ],
                        "ar": [
                            "## أنواع كثيرة من الجمعيات",
                            "- <b>الأندية الرياضية</b>: مثل كرة القدم وكرة اليد والريشة الطائرة والسباحة والجمباز والجري. لدى كثير من الأندية فرق للأطفال والكبار، وللمبتدئين وذوي الخبرة.",
                            "- <b>الجمعيات الثقافية</b>: مثل الجوقات والمسرح والرقص والموسيقى والأدب، وجمعيات لأشخاص من الخلفية نفسها أو اللغة نفسها.",
                            "- <b>جمعيات أولياء الأمور</b>: يتعاون أولياء الأمور في شؤون مدرسة أطفالهم أو مؤسسة رعاية الأطفال أو وقت فراغهم. في المدرسة الحكومية (folkeskole) يوجد <b>مجلس المدرسة (skolebestyrelse)</b>، ويُنتخب فيه أولياء أمور يشاركون في اتخاذ القرارات. وفي مؤسسات رعاية الأطفال يوجد عادةً مجلس لأولياء الأمور (forældrebestyrelse).",
                            "- <b>جمعيات الهوايات والاهتمامات</b>: مثل جمعيات الحدائق الصغيرة (haveforeninger) وجمعيات الطبيعة والكشافة وجمعيات للمرضى وأقاربهم.",
                            "- <b>جمعيات السكن</b>: إذا كنت تسكن في مسكن غير ربحي (almen bolig)، يمكنك أن تشارك في اتخاذ القرارات في مجمّعك السكني. ستتعلم المزيد عن ذلك في الدرس 3.",
                        ],
                        "uk": [
                            "## Багато різних об'єднань",
                            "- <b>Спортивні клуби</b>: наприклад футбол, гандбол, бадмінтон, плавання, гімнастика й біг. У багатьох клубах є групи і для дітей, і для дорослих, і для початківців, і для досвідчених.",
                            "- <b>Культурні об'єднання</b>: наприклад хори, театр, танці, музика, література, а також об'єднання людей з однаковим походженням чи мовою.",
                            "- <b>Батьківські об'єднання</b>: батьки разом дбають про школу, дитячий заклад чи дозвілля своїх дітей. У загальноосвітній школі (folkeskole) є <b>шкільна рада (skolebestyrelse)</b>, до якої обирають батьків і де вони беруть участь в ухваленні рішень. У дитячих закладах зазвичай є батьківська рада (forældrebestyrelse).",
                            "- <b>Об'єднання за інтересами</b>: наприклад товариства садівників (haveforeninger), природничі об'єднання, скаути та об'єднання пацієнтів і їхніх рідних.",
                            "- <b>Житлові об'єднання</b>: якщо ви живете в неприбутковому житлі (almen bolig), ви можете брати участь в ухваленні рішень щодо свого житлового комплексу. Більше про це ви дізнаєтеся в уроці 3.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Hvad koster det?",
                            "Når du bliver medlem, betaler du et <b>kontingent</b>. Det er et beløb, du fx betaler hvert halve år eller hvert år. Prisen er meget forskellig fra forening til forening og fra sport til sport.",
                            "Foreningerne kan holde prisen nede, fordi kommunen støtter dem. Kommunen giver fx gratis eller billige lokaler. Og den giver penge til aktiviteter for børn og unge. Det står i en lov, der hedder <b>folkeoplysningsloven</b>.",
                            "Mange steder kan du prøve at træne et par gange gratis, før du melder dig ind. Har du svært ved at betale for dit barns sport eller hobby? Så spørg foreningen eller kommunen. Nogle foreninger og kommuner kan hjælpe, fx med et fritidspas eller med penge til kontingentet.",
                        ],
                        "en": [
                            "## What does it cost?",
                            "When you become a member, you pay a <b>membership fee</b> (kontingent). It is an amount you pay, for example, every six months or every year. The price varies a lot from association to association and from sport to sport.",
                            "Associations can keep prices down because the municipality supports them. The municipality gives, for example, free or cheap rooms and grants for activities for children and young people. This is laid down in a law called <b>folkeoplysningsloven</b> (the Act on Popular Education).",
                            "In many places you can try training a couple of times for free before you join. If it is hard for you to pay for your child's leisure activity, ask the association or the municipality. Some associations and municipalities have schemes that can help, for example a leisure pass (fritidspas) or a grant towards the membership fee.",
                        ],
                        "ar": [
                            "## كم يكلّف ذلك؟",
                            "عندما تصبح عضواً، تدفع <b>رسوم العضوية (kontingent)</b>. وهي مبلغ تدفعه مثلاً كل نصف سنة أو كل سنة. ويختلف السعر كثيراً من جمعية إلى أخرى ومن رياضة إلى أخرى.",
                            "تستطيع الجمعيات أن تُبقي الأسعار منخفضة لأن البلدية (kommune) تدعمها. فالبلدية تقدّم مثلاً قاعات مجانية أو رخيصة، ودعماً مالياً لأنشطة الأطفال والشباب. وهذا منصوص عليه في قانون اسمه <b>قانون التثقيف الشعبي (folkeoplysningsloven)</b>.",
                            "في أماكن كثيرة يمكنك أن تجرّب التدريب بضع مرات مجاناً قبل أن تنضم. وإذا كان من الصعب عليك أن تدفع تكاليف نشاط طفلك في وقت الفراغ، فاسأل الجمعية أو البلدية. لدى بعض الجمعيات والبلديات برامج يمكن أن تساعد، مثل بطاقة للأنشطة الترفيهية (fritidspas) أو دعم لرسوم العضوية.",
                        ],
                        "uk": [
                            "## Скільки це коштує?",
                            "Коли ви стаєте членом, ви сплачуєте <b>членський внесок (kontingent)</b>. Це сума, яку ви платите, наприклад, раз на пів року або раз на рік. Ціна дуже різниться між об'єднаннями і між видами спорту.",
                            "Об'єднання можуть тримати ціни низькими, бо їх підтримує комуна (kommune). Комуна надає, наприклад, безкоштовні чи дешеві приміщення та дотації на заходи для дітей і молоді. Це записано в законі, який називається <b>законом про народну освіту (folkeoplysningsloven)</b>.",
                            "У багатьох місцях можна кілька разів безкоштовно потренуватися, перш ніж вступити. Якщо вам важко платити за дозвілля дитини, запитайте в об'єднанні або в комуні. Деякі об'єднання й комуни мають програми, які можуть допомогти, наприклад картку дозвілля (fritidspas) або дотацію на членський внесок.",
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
                            "3. Gå på biblioteket. Her hænger der tit opslag om klubber og aktiviteter.",
                            "4. Søg på nettet, fx efter »fodbold børn« og navnet på din by.",
                            "5. Kontakt foreningen, og spørg, om du eller dit barn må komme og prøve.",
                            "## Hvorfor være med?",
                            "Foreningslivet er en god vej ind i det danske samfund. Du møder folk, som du ellers ikke ville møde. Du øver dansk på en naturlig måde. Og dine børn får venner uden for skolen.",
                            "Mange danskere har fået gode venner gennem en forening. Det tager tid at lære folk at kende. Men hvis du kommer fast hver uge, bliver du snart en del af holdet.",
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
                        "ar": [
                            "## كيف تجد جمعية",
                            "1. اسأل في مدرسة اللغة، أو في مركز العمل (jobcenter)، أو في مدرسة طفلك، أو اسأل جيرانك.",
                            "2. انظر في الموقع الإلكتروني للبلدية. لدى كثير من البلديات قائمة بالجمعيات.",
                            "3. اذهب إلى المكتبة العامة. غالباً ما تجد هناك إعلانات معلّقة عن النوادي والأنشطة.",
                            "4. ابحث على الإنترنت، مثلاً عن «fodbold børn» (كرة القدم للأطفال) مع اسم مدينتك.",
                            "5. تواصل مع الجمعية واسأل هل يمكنك أنت أو طفلك أن تأتيا للتجربة.",
                            "## لماذا تشارك؟",
                            "حياة الجمعيات طريق جيد إلى المجتمع الدنماركي. تلتقي بأشخاص ما كنت لتلتقي بهم بطريقة أخرى. وتتدرّب على اللغة الدنماركية بشكل طبيعي. ويكوّن أطفالك صداقات خارج المدرسة.",
                            "كثير من الدنماركيين تعرّفوا على أصدقاء جيدين من خلال جمعية. التعرّف على الناس يحتاج إلى وقت، لكن إذا حضرت بانتظام كل أسبوع، فستصبح بسرعة جزءاً من الفريق.",
                        ],
                        "uk": [
                            "## Як знайти об'єднання",
                            "1. Запитайте у своїй мовній школі, у центрі зайнятості (jobcenter), у школі вашої дитини або в сусідів.",
                            "2. Подивіться на сайті комуни. Багато комун мають список об'єднань.",
                            "3. Підіть до бібліотеки. Там часто висять оголошення про клуби й заходи.",
                            "4. Пошукайте в інтернеті, наприклад «fodbold børn» (футбол для дітей) і назву свого міста.",
                            "5. Зв'яжіться з об'єднанням і запитайте, чи можете ви або ваша дитина прийти й спробувати.",
                            "## Навіщо брати участь?",
                            "Життя об'єднань – добрий шлях у данське суспільство. Ви зустрічаєте людей, яких інакше не зустріли б. Ви природно практикуєте данську мову. А ваші діти знаходять друзів поза школою.",
                            "Багато данців знайшли добрих друзів завдяки об'єднанню. Щоб познайомитися з людьми, потрібен час, але якщо ви приходите регулярно щотижня, то швидко станете частиною команди.",
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
                        "ar": [
                            "الجمعية مجموعة من الناس لديهم اهتمام مشترك. ولا تهدف إلى تحقيق أرباح لمالكين.",
                            "بصفتك عضواً تدفع رسوم العضوية (kontingent)، مثلاً كل نصف سنة أو كل سنة.",
                            "تدعم البلدية الجمعيات بالقاعات والدعم المالي، وخاصة لأنشطة الأطفال والشباب.",
                            "كثير من الجمعيات تسمح لك بالتجربة مجاناً بضع مرات.",
                            "يمكنك أن تجد الجمعيات عن طريق موقع البلدية والمكتبة العامة والمدرسة والجيران.",
                        ],
                        "uk": [
                            "Об'єднання – це група людей зі спільним інтересом. Воно не заробляє гроші для власників.",
                            "Як член ви сплачуєте членський внесок (kontingent), наприклад раз на пів року або раз на рік.",
                            "Комуна підтримує об'єднання приміщеннями й дотаціями, особливо для дітей і молоді.",
                            "Багато об'єднань дозволяють кілька разів спробувати безкоштовно.",
                            "Знайти об'єднання можна через сайт комуни, бібліотеку, школу й сусідів.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find en forening",
                        "en": "Find an association",
                        "ar": "ابحث عن جمعية",
                        "uk": "Знайдіть об'єднання",
                    },
                    "intro": {
                        "da": "Her kan du finde sport, kultur og hjælp til forældre.",
                        "en": "Here you can find sport, culture and help for parents.",
                        "ar": "هنا تجد الرياضة والثقافة ومساعدة لأولياء الأمور.",
                        "uk": "Тут ви знайдете спорт, культуру та допомогу для батьків.",
                    },
                    "resources": ["m09-dgi", "skole-og-foraeldre", "bibliotek-dk"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad kunne du eller dine børn have lyst til at gå til i en forening? Hvad lavede du i din fritid før, du kom til Danmark?",
                        "en": "What would you or your children like to do in an association? What did you do in your free time before you came to Denmark?",
                        "ar": "ما النشاط الذي قد ترغب أنت أو أطفالك في ممارسته في جمعية؟ وماذا كنت تفعل في وقت فراغك قبل أن تأتي إلى الدنمارك؟",
                        "uk": "Чим ви або ваші діти хотіли б займатися в об'єднанні? Що ви робили у вільний час, перш ніж приїхали до Данії?",
                    },
                    "hint": {
                        "da": "Tænk på sport, musik, madlavning, håndarbejde eller noget helt andet. Skriv to eller tre idéer ned, og find ud af, om der er en forening for det i din kommune.",
                        "en": "Think of sport, music, cooking, crafts or something completely different. Write down two or three ideas and find out whether there is an association for it in your municipality.",
                        "ar": "فكّر في الرياضة أو الموسيقى أو الطبخ أو الأشغال اليدوية أو شيء مختلف تماماً. اكتب فكرتين أو ثلاثاً، وابحث هل توجد جمعية لذلك في بلديتك.",
                        "uk": "Подумайте про спорт, музику, кулінарію, рукоділля чи щось зовсім інше. Запишіть дві-три ідеї та дізнайтеся, чи є для цього об'єднання у вашій комуні.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv",
                        "en": "Test yourself",
                        "ar": "اختبر نفسك",
                        "uk": "Перевірте себе",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en forening?",
                                "en": "What is an association?",
                                "ar": "ما هي الجمعية؟",
                                "uk": "Що таке об'єднання?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En gruppe mennesker, der mødes om en fælles interesse",
                                        "en": "A group of people who meet around a shared interest",
                                        "ar": "مجموعة من الناس يلتقون حول اهتمام مشترك",
                                        "uk": "Група людей, яких об'єднує спільний інтерес",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En butik, der sælger sportstøj",
                                        "en": "A shop that sells sportswear",
                                        "ar": "متجر يبيع الملابس الرياضية",
                                        "uk": "Магазин, що продає спортивний одяг",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et kontor i kommunen",
                                        "en": "An office in the municipality",
                                        "ar": "مكتب في البلدية",
                                        "uk": "Офіс у комуні",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "En forening er en gruppe mennesker med en fælles interesse. Den er ikke en virksomhed, og pengene bliver brugt på aktiviteterne.",
                                "en": "An association is a group of people with a shared interest. It is not a business, and the money is spent on the activities.",
                                "ar": "الجمعية مجموعة من الناس لديهم اهتمام مشترك. وهي ليست شركة، والأموال تُصرف على الأنشطة.",
                                "uk": "Об'єднання – це група людей зі спільним інтересом. Це не підприємство, і гроші йдуть на діяльність.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er et kontingent?",
                                "en": "What is a kontingent?",
                                "ar": "ماذا يعني kontingent؟",
                                "uk": "Що означає kontingent?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et beløb, som medlemmerne betaler til foreningen",
                                        "en": "An amount that members pay to the association",
                                        "ar": "مبلغ يدفعه الأعضاء للجمعية",
                                        "uk": "Сума, яку члени платять об'єднанню",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En bøde for at komme for sent",
                                        "en": "A fine for being late",
                                        "ar": "غرامة على التأخر",
                                        "uk": "Штраф за запізнення",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Løn til de frivillige trænere",
                                        "en": "Wages for the volunteer coaches",
                                        "ar": "أجر للمدرّبين المتطوعين",
                                        "uk": "Зарплата для тренерів-волонтерів",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kontingentet er det beløb, du betaler for at være medlem. De frivillige får ikke løn.",
                                "en": "The kontingent is the amount you pay to be a member. The volunteers are not paid.",
                                "ar": "رسوم العضوية (kontingent) هي المبلغ الذي تدفعه لتكون عضواً. أما المتطوعون فلا يتقاضون أجراً.",
                                "uk": "Kontingent – це членський внесок, тобто сума, яку ви платите, щоб бути членом. Волонтери не отримують зарплати.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvordan hjælper kommunen foreningerne?",
                                "en": "How does the municipality help associations?",
                                "ar": "كيف تساعد البلدية الجمعيات؟",
                                "uk": "Як комуна допомагає об'єднанням?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Med lokaler og tilskud, især til børn og unge",
                                        "en": "With rooms and grants, especially for children and young people",
                                        "ar": "بالقاعات والدعم المالي، وخاصة للأطفال والشباب",
                                        "uk": "Приміщеннями й дотаціями, особливо для дітей і молоді",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen bestemmer, hvem der må være medlem",
                                        "en": "The municipality decides who may be a member",
                                        "ar": "البلدية تقرّر من يحق له أن يكون عضواً",
                                        "uk": "Комуна вирішує, хто може бути членом",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kommunen betaler løn til alle trænere",
                                        "en": "The municipality pays wages to all coaches",
                                        "ar": "البلدية تدفع أجور جميع المدرّبين",
                                        "uk": "Комуна платить зарплату всім тренерам",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Efter folkeoplysningsloven giver kommunen lokaler og tilskud. Men det er foreningen selv, der bestemmer over sine aktiviteter.",
                                "en": "Under folkeoplysningsloven the municipality provides rooms and grants. But the association itself decides on its activities.",
                                "ar": "بحسب قانون التثقيف الشعبي (folkeoplysningsloven) تقدّم البلدية القاعات والدعم المالي. لكن الجمعية نفسها هي التي تقرّر أنشطتها.",
                                "uk": "Згідно із законом про народну освіту (folkeoplysningsloven) комуна надає приміщення й дотації. Але про свою діяльність об'єднання вирішує саме.",
                            },
                        },
                        {
                            "question": {
                                "da": "Dit barn vil gerne gå til fodbold, men I har ikke mange penge. Hvad kan du gøre?",
                                "en": "Your child would like to play football, but you do not have much money. What can you do?",
                                "ar": "يريد طفلك أن يلعب كرة القدم في نادٍ، لكن ليس لديكم مال كثير. ماذا يمكنك أن تفعل؟",
                                "uk": "Ваша дитина хоче займатися футболом, але у вас мало грошей. Що ви можете зробити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Spørge foreningen eller kommunen om hjælp til kontingentet",
                                        "en": "Ask the association or the municipality for help with the fee",
                                        "ar": "أن تطلب من الجمعية أو البلدية مساعدة في رسوم العضوية",
                                        "uk": "Попросити в об'єднання або комуни допомогу з членським внеском",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Lade barnet spille med uden at melde det ind",
                                        "en": "Let the child play without signing them up",
                                        "ar": "أن تترك طفلك يلعب دون أن تسجّله في الجمعية",
                                        "uk": "Дозволити дитині грати, не записавши її до об'єднання",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Ingenting – foreninger er kun for rige familier",
                                        "en": "Nothing – associations are only for rich families",
                                        "ar": "لا شيء، فالجمعيات للعائلات الغنية فقط",
                                        "uk": "Нічого – об'єднання лише для багатих сімей",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Nogle foreninger og kommuner har ordninger, der kan hjælpe. Det er helt normalt at spørge.",
                                "en": "Some associations and municipalities have schemes that can help. It is completely normal to ask.",
                                "ar": "لدى بعض الجمعيات والبلديات برامج يمكن أن تساعد. ومن الطبيعي تماماً أن تسأل.",
                                "uk": "Деякі об'єднання й комуни мають програми, які можуть допомогти. Запитати – це цілком нормально.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "how-an-association-works",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Sådan fungerer en forening",
                "en": "How an association works",
                "ar": "كيف تعمل الجمعية",
                "uk": "Як працює об'єднання",
            },
            "intro": {
                "da": "En forening bliver styret af medlemmerne. Lær om vedtægter, generalforsamling, bestyrelse og kontingent.",
                "en": "An association is run by its members. Learn about statutes, the general meeting, the board and the membership fee.",
                "ar": "يدير الأعضاء الجمعية بأنفسهم. تعرّف على النظام الأساسي (vedtægter) والجمعية العمومية (generalforsamling) ومجلس الإدارة (bestyrelse) ورسوم العضوية (kontingent).",
                "uk": "Об'єднанням керують його члени. Дізнайтеся про статут (vedtægter), загальні збори (generalforsamling), правління (bestyrelse) і членський внесок (kontingent).",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Medlemmerne bestemmer",
                            "En dansk forening er bygget op som et lille demokrati. Det er medlemmerne, der bestemmer. Hvert medlem har som regel én stemme. Det gælder, uanset hvor længe man har været med, og hvor man kommer fra.",
                            "Foreningen har nogle regler, der hedder <b>vedtægter</b>. De siger, hvad foreningen vil (dens formål). De siger også, hvem der kan blive medlem, og hvordan man træffer beslutninger. Du kan bede om at se dem, når du bliver medlem.",
                            "Mange danskere lærer demokrati i praksis i foreningerne. Man øver sig i at sige sin mening og lytte til andre. Og man lærer at leve med, at flertallet bestemmer.",
                        ],
                        "en": [
                            "## The members decide",
                            "A Danish association is built like a small democracy. It is the members who decide. Each member usually has one vote – no matter how long they have been a member or where they come from.",
                            "The association has some rules called <b>statutes</b> (vedtægter). The statutes say what the association wants to do (its purpose), who can become a member and how decisions are made. You can ask to see the statutes when you become a member.",
                            "Many Danes learn democracy in practice in associations. You practise saying what you think, listening to others and accepting that the majority decides.",
                        ],
                        "ar": [
                            "## الأعضاء هم من يقرّرون",
                            "الجمعية الدنماركية مبنية مثل ديمقراطية صغيرة. الأعضاء هم من يقرّرون. ولكل عضو عادةً صوت واحد، مهما كانت مدة عضويته، ومهما كان البلد الذي جاء منه.",
                            "للجمعية قواعد تُسمّى <b>النظام الأساسي (vedtægter)</b>. يبيّن النظام الأساسي ما تريده الجمعية (هدفها)، ومن يمكنه أن يصبح عضواً، وكيف تُتخذ القرارات. يمكنك أن تطلب الاطلاع على النظام الأساسي عندما تصبح عضواً.",
                            "يتعلّم كثير من الدنماركيين الديمقراطية عملياً في الجمعيات. فيتدرّبون على التعبير عن رأيهم، والاستماع إلى الآخرين، وقبول قرار الأغلبية.",
                        ],
                        "uk": [
                            "## Вирішують члени",
                            "Данське об'єднання влаштоване як маленька демократія. Вирішують члени. Кожен член зазвичай має один голос – незалежно від того, як довго він в об'єднанні і звідки він походить.",
                            "Об'єднання має правила, які називаються <b>статутом (vedtægter)</b>. Статут визначає, чого прагне об'єднання (його мету), хто може стати членом і як ухвалюють рішення. Коли ви стаєте членом, можете попросити показати вам статут.",
                            "Багато данців навчаються демократії на практиці саме в об'єднаннях. Там учаться висловлювати свою думку, слухати інших і погоджуватися з тим, що вирішує більшість.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Generalforsamlingen",
                            "Det vigtigste møde i foreningen er <b>generalforsamlingen</b>. Den er som regel én gang om året. Alle medlemmer må komme. Generalforsamlingen er foreningens øverste myndighed. Den har altså mest at sige.",
                            "Foreningen sender en indkaldelse i god tid, fx på mail eller på sin hjemmeside. I den står <b>dagsordenen</b>. Det er listen over de ting, man skal tale om. En dagsorden ser tit sådan ud:",
                            "1. Valg af dirigent (den person, der leder mødet)",
                            "2. Bestyrelsens beretning om året, der er gået",
                            "3. Regnskabet: Hvad har foreningen brugt pengene på?",
                            "4. Forslag fra medlemmerne",
                            "5. Kontingent for det næste år",
                            "6. Valg til bestyrelsen",
                            "7. Eventuelt (her kan man tale om andre ting, men ikke træffe beslutninger)",
                            "Vil du have foreningen til at gøre noget nyt? Så kan du sende et forslag til bestyrelsen før fristen. Det kommer så med på dagsordenen, og medlemmerne stemmer om det.",
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
                        "ar": [
                            "## الجمعية العمومية",
                            "أهم اجتماع في الجمعية هو <b>الجمعية العمومية (generalforsamling)</b>. تُعقد عادةً مرة واحدة في السنة، ويحق لجميع الأعضاء الحضور. الجمعية العمومية هي أعلى سلطة في الجمعية، أي أنها صاحبة القرار الأكبر.",
                            "ترسل الجمعية دعوة قبل الاجتماع بوقت كافٍ، مثلاً بالبريد الإلكتروني أو على موقعها. وفي الدعوة يوجد <b>جدول الأعمال (dagsorden)</b>، أي قائمة المواضيع التي سيجري الحديث عنها. هكذا يبدو جدول أعمال نموذجي:",
                            "1. انتخاب مدير الجلسة (dirigent)، وهو الشخص الذي يدير الاجتماع",
                            "2. تقرير مجلس الإدارة عن السنة الماضية",
                            "3. الحسابات: على ماذا صرفت الجمعية أموالها؟",
                            "4. مقترحات الأعضاء",
                            "5. رسوم العضوية للسنة القادمة",
                            "6. انتخاب مجلس الإدارة",
                            "7. ما يستجد من أعمال (eventuelt): يمكن هنا الحديث عن أمور أخرى، لكن دون اتخاذ قرارات",
                            "إذا أردت أن تقوم الجمعية بشيء جديد، يمكنك أن ترسل مقترحاً إلى مجلس الإدارة قبل الموعد النهائي. عندها يُضاف إلى جدول الأعمال، ويصوّت عليه الأعضاء.",
                        ],
                        "uk": [
                            "## Загальні збори",
                            "Найважливіші збори об'єднання – це <b>загальні збори (generalforsamling)</b>. Їх зазвичай проводять раз на рік, і прийти можуть усі члени. Загальні збори – найвищий орган об'єднання. Це означає, що саме вони мають найбільше влади.",
                            "Об'єднання завчасно надсилає запрошення, наприклад електронною поштою або на своєму сайті. У запрошенні є <b>порядок денний (dagsorden)</b>, тобто перелік питань, які обговорюватимуть. Типовий порядок денний виглядає так:",
                            "1. Обрання головуючого (dirigent) – людини, яка веде збори",
                            "2. Звіт правління за минулий рік",
                            "3. Фінансовий звіт: на що об'єднання витратило гроші?",
                            "4. Пропозиції членів",
                            "5. Членський внесок на наступний рік",
                            "6. Вибори до правління",
                            "7. Різне (eventuelt): тут можна говорити про інші справи, але не ухвалювати рішень",
                            "Якщо ви хочете, щоб об'єднання зробило щось нове, можете надіслати пропозицію правлінню до встановленого терміну. Тоді її включать до порядку денного, і члени за неї проголосують.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-generalforsamling"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Bestyrelsen",
                            "På generalforsamlingen vælger medlemmerne en <b>bestyrelse</b>. Den leder foreningen i hverdagen mellem generalforsamlingerne. Den holder møder, laver planer og sørger for, at økonomien er i orden.",
                            "Bestyrelsen har som regel en <b>formand</b> og en <b>kasserer</b>. Formanden leder bestyrelsens møder og taler på foreningens vegne. Kassereren holder styr på pengene. Der kan også være en næstformand, en sekretær og nogle andre medlemmer.",
                            "Bestyrelsens medlemmer er næsten altid frivillige. De får ikke løn for det. Alle medlemmer kan stille op til bestyrelsen – også dig. Det er en god måde at lære mange folk at kende på. Og du får erfaring, som du kan skrive på dit CV.",
                        ],
                        "en": [
                            "## The board",
                            "At the general meeting the members elect a <b>board</b> (bestyrelse). The board runs the association day to day between general meetings. It holds meetings, makes plans and makes sure the finances are in order.",
                            "The board usually has a <b>chair</b> (formand), who leads the board's meetings and speaks on behalf of the association, and a <b>treasurer</b> (kasserer), who keeps track of the money. There may also be a vice-chair, a secretary and some other members.",
                            "The board members are almost always volunteers. They are not paid for the work. All members can stand for election to the board – you too. It is a good way to get to know many people and gain experience that you can put on your CV.",
                        ],
                        "ar": [
                            "## مجلس الإدارة",
                            "في الجمعية العمومية ينتخب الأعضاء <b>مجلس الإدارة (bestyrelse)</b>. يدير المجلس شؤون الجمعية اليومية بين اجتماعات الجمعية العمومية. فهو يعقد اجتماعات، ويضع الخطط، ويتأكد من أن الأمور المالية سليمة.",
                            "يضم المجلس عادةً <b>رئيساً (formand)</b> يدير اجتماعات المجلس ويتحدث باسم الجمعية، و<b>أميناً للصندوق (kasserer)</b> يتابع الأموال. وقد يكون فيه أيضاً نائب للرئيس وسكرتير وأعضاء آخرون.",
                            "أعضاء مجلس الإدارة متطوعون في أغلب الأحيان، ولا يتقاضون أجراً على عملهم. ويمكن لكل الأعضاء أن يترشحوا لمجلس الإدارة، وأنت أيضاً. إنها طريقة جيدة للتعرّف على أشخاص كثيرين واكتساب خبرة يمكنك أن تكتبها في سيرتك الذاتية (CV).",
                        ],
                        "uk": [
                            "## Правління",
                            "На загальних зборах члени обирають <b>правління (bestyrelse)</b>. Правління керує об'єднанням у повсякденних справах між загальними зборами. Воно проводить засідання, складає плани й стежить, щоб із фінансами все було гаразд.",
                            "Зазвичай у правлінні є <b>голова (formand)</b>, який веде засідання правління й виступає від імені об'єднання, і <b>скарбник (kasserer)</b>, який стежить за грошима. Також можуть бути заступник голови, секретар та інші члени.",
                            "Члени правління майже завжди волонтери. Вони не отримують зарплати за цю роботу. Кожен член може балотуватися до правління – і ви теж. Це добрий спосіб познайомитися з багатьма людьми й здобути досвід, який можна вписати в резюме (CV).",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-bestyrelse"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Penge og ansvar",
                            "Foreningen får fx penge fra kontingenter, fra kommunen og fra fonde. Den kan også få penge fra fester eller loppemarkeder. Kassereren skriver alt ned i et regnskab. Hvert år viser bestyrelsen regnskabet på generalforsamlingen. Før mødet har en revisor tjekket det. Det er tit et andet medlem.",
                            "Betal dit kontingent til tiden. Hvis du vil stoppe, skal du <b>melde dig ud</b>. Ellers kan du blive ved med at skulle betale. Læs i vedtægterne, hvordan du gør. Eller spørg kassereren.",
                            "## Start din egen forening",
                            "Har du og nogle andre en fælles idé? Så kan I starte jeres egen forening. I holder en stiftende generalforsamling, laver vedtægter og vælger en bestyrelse. Godkender kommunen foreningen, kan den fx låne lokaler og søge om støtte.",
                            "Kommunen og det lokale frivilligcenter kan give råd om det.",
                        ],
                        "en": [
                            "## Money and responsibility",
                            "The association's money comes, for example, from membership fees, grants from the municipality, foundations, and parties or flea markets. The treasurer writes everything down in the accounts. Every year the board presents the accounts at the general meeting. Before the meeting an auditor – often another member – has checked them.",
                            "Pay your membership fee on time. If you want to stop, you have to <b>cancel your membership</b> (melde dig ud). Otherwise the association may keep charging the fee. Read the statutes or ask the treasurer how to cancel.",
                            "## Start your own association",
                            "If you and some others share an idea, you can start your own association. You hold a founding general meeting, write statutes and elect a board. If the municipality approves the association, it can, for example, borrow rooms and apply for grants.",
                            "The municipality and the local volunteer centre can give advice on how to do it.",
                        ],
                        "ar": [
                            "## المال والمسؤولية",
                            "تأتي أموال الجمعية مثلاً من رسوم العضوية، والدعم المالي من البلدية، والمؤسسات الخيرية (fonde)، والحفلات أو أسواق الأغراض المستعملة. يسجّل أمين الصندوق كل شيء في الحسابات. وكل سنة يعرض مجلس الإدارة الحسابات في الجمعية العمومية. وقبل الاجتماع يكون مدقّق الحسابات (revisor)، وهو غالباً عضو آخر، قد راجعها.",
                            "ادفع رسوم العضوية في موعدها. وإذا أردت أن تتوقف، فيجب أن <b>تُلغي عضويتك (melde dig ud)</b>، وإلا فقد تستمر الجمعية في مطالبتك بالرسوم. اقرأ النظام الأساسي، أو اسأل أمين الصندوق عن طريقة إلغاء العضوية.",
                            "## أسِّس جمعيتك الخاصة",
                            "إذا كانت لديك أنت وآخرين فكرة مشتركة، يمكنكم أن تؤسسوا جمعيتكم الخاصة. تعقدون جمعية عمومية تأسيسية، وتكتبون النظام الأساسي، وتنتخبون مجلس إدارة. وإذا وافقت البلدية على الجمعية، يمكنها مثلاً أن تستعير قاعات وأن تتقدّم بطلب للحصول على دعم مالي.",
                            "يمكن للبلدية ولمركز التطوع المحلي (frivilligcenter) أن يقدّما لكم النصيحة حول طريقة القيام بذلك.",
                        ],
                        "uk": [
                            "## Гроші та відповідальність",
                            "Гроші об'єднання надходять, наприклад, із членських внесків, дотацій від комуни, фондів (fonde), свят або блошиних ринків. Скарбник записує все у фінансовий звіт. Щороку правління представляє фінансовий звіт на загальних зборах. Перед зборами його перевіряє ревізор (revisor) – часто інший член об'єднання.",
                            "Сплачуйте членський внесок вчасно. Якщо ви хочете припинити членство, потрібно <b>вийти з об'єднання (melde dig ud)</b>. Інакше об'єднання може й далі вимагати внесок. Прочитайте статут або запитайте скарбника, як вийти з об'єднання.",
                            "## Створіть власне об'єднання",
                            "Якщо у вас і ще кількох людей є спільна ідея, ви можете створити власне об'єднання. Ви проводите установчі загальні збори, пишете статут і обираєте правління. Якщо комуна затвердить об'єднання, воно зможе, наприклад, отримувати приміщення в користування й подавати заявки на дотації.",
                            "Комуна та місцевий волонтерський центр (frivilligcenter) можуть порадити, як це зробити.",
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
                        "ar": [
                            "النظام الأساسي (vedtægter) هو قواعد الجمعية.",
                            "الجمعية العمومية هي أعلى سلطة في الجمعية، وتُعقد عادةً مرة واحدة في السنة.",
                            "يحق لجميع الأعضاء حضور الجمعية العمومية، ولكل عضو عادةً صوت واحد.",
                            "يدير مجلس الإدارة الجمعية في الحياة اليومية. ويضم عادةً رئيساً وأميناً للصندوق.",
                            "تذكّر أن تُلغي عضويتك إذا أردت أن تتوقف.",
                        ],
                        "uk": [
                            "Статут (vedtægter) – це правила об'єднання.",
                            "Загальні збори – найвищий орган об'єднання. Їх зазвичай проводять раз на рік.",
                            "На загальні збори можуть прийти всі члени, і кожен зазвичай має один голос.",
                            "Правління керує об'єднанням у повсякденних справах. Зазвичай у ньому є голова і скарбник.",
                            "Не забудьте вийти з об'єднання, якщо хочете припинити членство.",
                        ],
                    },
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Har du været med i en forening, en gruppe eller et fællesskab i dit hjemland? Hvordan blev beslutningerne truffet dér, og hvad er anderledes i en dansk forening?",
                        "en": "Have you been part of an association, a group or a community in your home country? How were decisions made there, and what is different in a Danish association?",
                        "ar": "هل كنت عضواً في جمعية أو مجموعة أو جماعة في بلدك الأصلي؟ كيف كانت تُتخذ القرارات هناك، وما المختلف في الجمعية الدنماركية؟",
                        "uk": "Чи були ви членом об'єднання, групи чи спільноти у своїй країні? Як там ухвалювали рішення і що інакше в данському об'єднанні?",
                    },
                    "hint": {
                        "da": "Tænk på, hvem der bestemte, om alle kunne sige deres mening, og hvordan man valgte en leder. Det er helt i orden, hvis det var meget anderledes.",
                        "en": "Think about who decided, whether everyone could say what they thought, and how a leader was chosen. It is completely fine if it was very different.",
                        "ar": "فكّر في من كان يقرّر، وهل كان بإمكان الجميع أن يقولوا رأيهم، وكيف كان يُختار القائد. لا بأس أبداً إذا كان الأمر مختلفاً جداً.",
                        "uk": "Подумайте, хто ухвалював рішення, чи кожен міг висловити свою думку і як обирали керівника. Цілком нормально, якщо все було зовсім інакше.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv",
                        "en": "Test yourself",
                        "ar": "اختبر نفسك",
                        "uk": "Перевірте себе",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvem bestemmer mest i en forening?",
                                "en": "Who has the most power in an association?",
                                "ar": "من صاحب السلطة الأكبر في الجمعية؟",
                                "uk": "Хто має найбільше влади в об'єднанні?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Generalforsamlingen, hvor alle medlemmer kan komme",
                                        "en": "The general meeting, where all members can come",
                                        "ar": "الجمعية العمومية، التي يمكن لجميع الأعضاء حضورها",
                                        "uk": "Загальні збори, на які можуть прийти всі члени",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Den ældste træner",
                                        "en": "The oldest coach",
                                        "ar": "أكبر المدرّبين سناً",
                                        "uk": "Найстарший тренер",
                                    },
                                    "correct": False,
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
                            ],
                            "explanation": {
                                "da": "Generalforsamlingen er foreningens øverste myndighed. Her kan alle medlemmer stemme.",
                                "en": "The general meeting is the association's highest authority. All members can vote there.",
                                "ar": "الجمعية العمومية هي أعلى سلطة في الجمعية، وفيها يمكن لجميع الأعضاء التصويت.",
                                "uk": "Загальні збори – найвищий орган об'єднання. Тут можуть голосувати всі члени.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er vedtægter?",
                                "en": "What are vedtægter?",
                                "ar": "ماذا تعني vedtægter؟",
                                "uk": "Що таке vedtægter?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Foreningens regler",
                                        "en": "The association's rules",
                                        "ar": "قواعد الجمعية",
                                        "uk": "Правила об'єднання",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En liste over medlemmernes adresser",
                                        "en": "A list of the members' addresses",
                                        "ar": "قائمة بعناوين الأعضاء",
                                        "uk": "Список адрес членів",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Kaffe og kage efter mødet",
                                        "en": "Coffee and cake after the meeting",
                                        "ar": "القهوة والكعك بعد الاجتماع",
                                        "uk": "Кава й торт після зборів",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Vedtægterne er foreningens regler. De fortæller fx om foreningens formål, og hvordan man træffer beslutninger.",
                                "en": "The statutes are the association's rules. They describe, for example, the association's purpose and how decisions are made.",
                                "ar": "النظام الأساسي (vedtægter) هو قواعد الجمعية. يبيّن مثلاً هدف الجمعية وكيف تُتخذ القرارات.",
                                "uk": "Статут (vedtægter) – це правила об'єднання. У ньому, наприклад, описано мету об'єднання і те, як ухвалюють рішення.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad laver en kasserer?",
                                "en": "What does a treasurer do?",
                                "ar": "ماذا يفعل أمين الصندوق (kasserer)؟",
                                "uk": "Що робить скарбник (kasserer)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Holder styr på foreningens penge",
                                        "en": "Keeps track of the association's money",
                                        "ar": "يتابع أموال الجمعية",
                                        "uk": "Стежить за грошима об'єднання",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Leder generalforsamlingen",
                                        "en": "Leads the general meeting",
                                        "ar": "يدير اجتماع الجمعية العمومية",
                                        "uk": "Веде загальні збори",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Træner børneholdet",
                                        "en": "Coaches the children's team",
                                        "ar": "يدرّب فريق الأطفال",
                                        "uk": "Тренує дитячу команду",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Kassereren holder styr på pengene og laver regnskabet. Generalforsamlingen bliver ledet af en dirigent.",
                                "en": "The treasurer keeps track of the money and does the accounts. The general meeting is led by a chair for the meeting (dirigent).",
                                "ar": "أمين الصندوق يتابع الأموال ويعدّ الحسابات. أما الجمعية العمومية فيديرها مدير الجلسة (dirigent).",
                                "uk": "Скарбник стежить за грошима й складає фінансовий звіт. Загальні збори веде головуючий (dirigent).",
                            },
                        },
                        {
                            "question": {
                                "da": "Du vil gerne have, at din forening starter et hold for kvinder. Hvad kan du gøre?",
                                "en": "You would like your association to start a team for women. What can you do?",
                                "ar": "تريد أن تبدأ جمعيتك فريقاً للنساء. ماذا يمكنك أن تفعل؟",
                                "uk": "Ви хочете, щоб ваше об'єднання відкрило групу для жінок. Що ви можете зробити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Sende et forslag til bestyrelsen før generalforsamlingen",
                                        "en": "Send a proposal to the board before the general meeting",
                                        "ar": "أن ترسل مقترحاً إلى مجلس الإدارة قبل اجتماع الجمعية العمومية",
                                        "uk": "Надіслати пропозицію правлінню до загальних зборів",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Vente på, at en anden gør det",
                                        "en": "Wait for someone else to do it",
                                        "ar": "أن تنتظر أن يفعل ذلك شخص آخر",
                                        "uk": "Чекати, поки це зробить хтось інший",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Klage til politiet",
                                        "en": "Complain to the police",
                                        "ar": "أن تشتكي إلى الشرطة",
                                        "uk": "Поскаржитися в поліцію",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Alle medlemmer kan stille forslag. Så stemmer medlemmerne om det på generalforsamlingen. Du kan også tale med bestyrelsen først.",
                                "en": "All members can make proposals. The members then vote on them at the general meeting. You can also talk to the board first.",
                                "ar": "يمكن لجميع الأعضاء تقديم مقترحات، ثم يصوّت عليها الأعضاء في الجمعية العمومية. ويمكنك أيضاً أن تتحدث مع مجلس الإدارة أولاً.",
                                "uk": "Кожен член може вносити пропозиції. Потім члени голосують за них на загальних зборах. Також можна спершу поговорити з правлінням.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "volunteering-library-neighbours",
            "last_checked": "2026-12-07",
            "estimated_minutes": 45,
            "title": {
                "da": "Frivillighed, biblioteket og naboerne",
                "en": "Volunteering, the library and your neighbours",
                "ar": "التطوع والمكتبة العامة والجيران",
                "uk": "Волонтерство, бібліотека та сусіди",
            },
            "intro": {
                "da": "Bliv en del af lokalsamfundet: som frivillig, på biblioteket og der, hvor du bor.",
                "en": "Become part of your local community: as a volunteer, at the library and where you live.",
                "ar": "كن جزءاً من مجتمعك المحلي: متطوعاً، وفي المكتبة العامة، وفي المكان الذي تسكن فيه.",
                "uk": "Станьте частиною місцевої громади: як волонтер, у бібліотеці й там, де ви живете.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Frivilligt arbejde",
                            "I Danmark laver mange folk frivilligt arbejde. De træner et børnehold eller hjælper med lektier. De besøger ensomme ældre, sorterer tøj i en genbrugsbutik eller hjælper til ved en byfest. De får ikke løn. Men de får noget andet: fællesskab, nye venner og en følelse af at gøre noget godt.",
                            "Frivilligt arbejde er også en god måde at lære dansk på. Og du får erfaring fra Danmark. Du kan skrive det på dit CV. Måske kan du også få en reference fra foreningen, når du søger job.",
                            'Du kan finde opgaver som frivillig på <a href="https://frivilligjob.dk/">frivilligjob.dk</a> eller hos dit lokale frivilligcenter. Du kan også finde dem hos fx Dansk Røde Kors og Dansk Flygtningehjælp.',
                            "<b>Vigtigt:</b> Får du en ydelse, fx kontanthjælp eller dagpenge? Så må du som regel gerne være frivillig. Men der er regler. Fx skal du stadig kunne tage et job. Og du skal komme til de aktiviteter, du har aftalt med jobcentret. Spørg dit jobcenter eller din a-kasse, før du går i gang.",
                            "Reglerne for kontanthjælp er lavet om: Et nyt kontanthjælpssystem er kommet i etaper i 2025 og 2026. Nogle får kontanthjælp eller en lignende ydelse fra kommunen. Siden 2025 har nogle af dem også <b>arbejdspligt</b>. Det gælder fx nogle, der ikke har boet og arbejdet i Danmark i mange år. Arbejdspligt betyder, at man skal være med i arbejde og andre aktiviteter op til 37 timer om ugen. Kommunen siger det til dig, hvis det gælder dig. Spørg jobcentret, hvad der gælder for dig. Spørg også, hvordan frivilligt arbejde passer ind i din plan.",
                        ],
                        "en": [
                            "## Voluntary work",
                            "In Denmark many people do voluntary work. They coach a children's team, help with homework, visit elderly people who are lonely, sort clothes in a second-hand shop or help out at a town festival. They are not paid, but they get something else: community, new friends and a feeling of doing something good.",
                            "Voluntary work is also a good way to learn Danish and gain experience from Denmark. You can put it on your CV, and you may be able to get a reference from the association when you apply for jobs.",
                            'You can find voluntary tasks on <a href="https://frivilligjob.dk/">frivilligjob.dk</a>, at your local volunteer centre (frivilligcenter) or with organisations such as the Danish Red Cross and the Danish Refugee Council.',
                            "<b>Important:</b> If you receive a benefit, for example cash benefit (kontanthjælp) or unemployment benefit (dagpenge), you are usually allowed to volunteer. But there are rules – for example, you must still be able to take a job and come to the activities you have agreed with the jobcentre. Ask your jobcentre or your a-kasse before you start.",
                            "The rules for cash benefit have changed: a new cash benefit system has been introduced in stages in 2025 and 2026. Since 2025, some people who receive cash benefit or a similar benefit from the municipality also have a <b>work obligation</b> (arbejdspligt). This applies, for example, to some people who have not lived and worked in Denmark for many years. A work obligation means that you must take part in work and other activities for up to 37 hours a week. The municipality will tell you if this applies to you. Ask the jobcentre what applies to you and how voluntary work fits into your plan.",
                        ],
                        "ar": [
                            "## العمل التطوعي",
                            "في الدنمارك يقوم كثير من الناس بعمل تطوعي. فهم يدرّبون فريقاً للأطفال، أو يساعدون في الواجبات المدرسية، أو يزورون كبار السن الذين يعيشون في وحدة، أو يرتّبون الملابس في متجر للأغراض المستعملة، أو يساعدون في احتفال المدينة. لا يتقاضون أجراً، لكنهم يحصلون على شيء آخر: الانتماء إلى جماعة، وأصدقاء جدد، وشعور بأنهم يفعلون شيئاً جيداً.",
                            "العمل التطوعي أيضاً طريقة جيدة لتعلّم اللغة الدنماركية واكتساب خبرة في الدنمارك. يمكنك أن تكتبه في سيرتك الذاتية (CV)، وربما تحصل من الجمعية على توصية (reference) عندما تبحث عن عمل.",
                            'يمكنك أن تجد مهاماً تطوعية على موقع <a href="https://frivilligjob.dk/">frivilligjob.dk</a>، أو في مركز التطوع المحلي (frivilligcenter)، أو لدى منظمات مثل الصليب الأحمر الدنماركي (Dansk Røde Kors) والمجلس الدنماركي للاجئين (Dansk Flygtningehjælp).',
                            "<b>مهم:</b> إذا كنت تحصل على إعانة، مثل المساعدة النقدية (kontanthjælp) أو إعانة البطالة (dagpenge)، فيُسمح لك عادةً بالعمل التطوعي. لكن هناك قواعد، فمثلاً يجب أن تبقى قادراً على قبول وظيفة، وأن تحضر الأنشطة التي اتفقت عليها مع مركز العمل (jobcenter). اسأل مركز العمل أو صندوق التأمين ضد البطالة (a-kasse) قبل أن تبدأ.",
                            "تغيّرت قواعد المساعدة النقدية: فقد أُدخل نظام جديد للمساعدة النقدية على مراحل في عامَي 2025 و2026. ومنذ عام 2025 يخضع أيضاً بعض من يحصلون على المساعدة النقدية أو على إعانة مشابهة من البلدية لـ<b>واجب العمل (arbejdspligt)</b>. وهذا ينطبق مثلاً على بعض من لم يعيشوا ويعملوا في الدنمارك سنوات كثيرة. ويعني واجب العمل أن على الشخص أن يشارك في العمل وفي أنشطة أخرى لمدة تصل إلى 37 ساعة في الأسبوع. ستخبرك البلدية إذا كان هذا ينطبق عليك. اسأل مركز العمل عمّا ينطبق عليك، وكيف يتناسب العمل التطوعي مع خطتك.",
                        ],
                        "uk": [
                            "## Волонтерська робота",
                            "У Данії багато людей займаються волонтерською роботою. Вони тренують дитячу команду, допомагають із домашніми завданнями, відвідують самотніх літніх людей, сортують одяг у секонд-хенді або допомагають на міському святі. Вони не отримують зарплати, але отримують інше: спільноту, нових друзів і відчуття, що роблять щось добре.",
                            "Волонтерська робота – це також добрий спосіб вивчати данську мову й здобути досвід у Данії. Ви можете вписати її в резюме (CV), а можливо, об'єднання дасть вам рекомендацію (reference), коли ви шукатимете роботу.",
                            'Волонтерські завдання можна знайти на <a href="https://frivilligjob.dk/">frivilligjob.dk</a>, у місцевому волонтерському центрі (frivilligcenter) або в організаціях, як-от Данський Червоний Хрест (Dansk Røde Kors) і Данська рада у справах біженців (Dansk Flygtningehjælp).',
                            "<b>Важливо:</b> якщо ви отримуєте виплату, наприклад грошову допомогу (kontanthjælp) або допомогу з безробіття (dagpenge), вам зазвичай можна займатися волонтерством. Але є правила: наприклад, ви й далі маєте бути готові прийняти роботу та приходити на заходи, про які домовилися з центром зайнятості (jobcenter). Запитайте в центрі зайнятості або в касі страхування від безробіття (a-kasse), перш ніж почати.",
                            "Правила грошової допомоги змінилися: нову систему грошової допомоги запроваджено поетапно у 2025 і 2026 роках. З 2025 року деякі люди, які отримують грошову допомогу або схожу виплату від комуни, також мають <b>обов'язок працювати (arbejdspligt)</b>. Це стосується, наприклад, деяких людей, які не прожили й не пропрацювали в Данії багато років. Обов'язок працювати означає, що людина має брати участь у роботі та інших заходах до 37 годин на тиждень. Комуна повідомить вам, якщо це стосується вас. Запитайте в центрі зайнятості, що діє саме для вас і як волонтерство вписується у ваш план.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "frivillig"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Biblioteket – et mødested for alle",
                            "Biblioteket er meget mere end bøger. Det er et gratis og åbent sted, hvor alle er velkomne. Du skal ikke købe noget. Du må gerne bare sidde og læse avis eller gå på nettet. Mange biblioteker har fx:",
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
                        "ar": [
                            "## المكتبة العامة: مكان لقاء للجميع",
                            "المكتبة العامة أكثر بكثير من مجرد كتب. إنها مكان مجاني ومفتوح، والجميع مرحَّب بهم فيه. لا تحتاج إلى شراء أي شيء، ويمكنك ببساطة أن تجلس وتقرأ الصحيفة أو تستخدم الإنترنت. تقدّم مكتبات كثيرة مثلاً:",
                            "- استعارة الكتب والكتب الصوتية والأفلام والموسيقى، ومنها كتب بلغات غير الدنماركية وكتب بلغة دنماركية سهلة",
                            "- حواسيب وإنترنت لاسلكي (wifi) وطابعة",
                            "- مساعدة في الأمور الرقمية، مثل البريد الرقمي (Digital Post) وborger.dk",
                            "- مقهى اللغة (sprogcafé)، حيث يمكنك التدرّب على الدنماركية مع متطوعين",
                            "- مقهى الواجبات (lektiecafé)، حيث يمكن للأطفال والشباب الحصول على مساعدة في واجباتهم المدرسية",
                            "- محاضرات وحفلات موسيقية ومسرح للأطفال وفعاليات أخرى",
                            'الاستعارة مجانية. تحصل على بطاقة المكتبة (lånerkort) باستخدام بطاقة الصحة (sundhedskort) أو MitID. وكثير من المكتبات تفتح أيضاً دون موظفين، مثلاً في المساء. عندها تدخل باستخدام بطاقة الصحة ورمز سري (pinkode). وببطاقة المكتبة يمكنك أيضاً أن تستعير كتباً إلكترونية وكتباً صوتية على <a href="https://ereolen.dk/">eReolen</a>.',
                        ],
                        "uk": [
                            "## Бібліотека – місце зустрічей для всіх",
                            "Бібліотека – це набагато більше, ніж книжки. Це безкоштовне й відкрите місце, де раді всім. Вам не потрібно нічого купувати, і можна просто посидіти, почитати газету чи скористатися інтернетом. Багато бібліотек пропонують, наприклад:",
                            "- позичання книжок, аудіокниг, фільмів і музики – також книжок іншими мовами, крім данської, і книжок простою данською",
                            "- комп'ютери, wifi і принтер",
                            "- допомогу з цифровими питаннями, наприклад із Digital Post і borger.dk",
                            "- мовне кафе (sprogcafé), де можна практикувати данську з волонтерами",
                            "- кафе домашніх завдань (lektiecafé), де діти й молодь можуть отримати допомогу з уроками",
                            "- лекції, концерти, дитячий театр та інші заходи",
                            'Позичати безкоштовно. Бібліотечний квиток (lånerkort) ви отримуєте за допомогою медичної картки (sundhedskort) або MitID. Багато бібліотек працюють також без персоналу, наприклад увечері. Тоді ви заходите з медичною карткою та пін-кодом. За бібліотечним квитком можна також позичати електронні книжки й аудіокниги на <a href="https://ereolen.dk/">eReolen</a>.',
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Naboer og lokalsamfund",
                            "Mange danskere er lidt tilbageholdende over for folk, de ikke kender. Det betyder ikke, at de er uvenlige. Tit venter de bare på, at den anden tager det første skridt. Du kan godt være den, der starter.",
                            "- Hils på dine naboer på trappen eller i gården. Et »hej« eller »godmorgen« er nok.",
                            "- Præsentér dig, når du flytter ind. Nogle hænger en lille seddel op og siger hej.",
                            "- Læs husordenen. Den siger fx, hvornår der skal være ro, og hvordan man sorterer affald.",
                            "- Kom til fælles arrangementer, fx fællesspisning eller gårdfest. Eller kom til en arbejdsdag, hvor alle gør området pænt sammen.",
                            "- Sig til, hvis der er et problem. Tal venligt og direkte med naboen, før det bliver til en stor konflikt.",
                            "## Beboerdemokrati",
                            "Bor du i en almen bolig (en lejebolig fra en boligorganisation), er du med i <b>beboerdemokratiet</b>. Hvert år er der et <b>afdelingsmøde</b>, og alle beboere kan komme. Her bestemmer beboerne fx over husordenen, fællesarealerne og nogle ting, der påvirker huslejen. De vælger også en afdelingsbestyrelse.",
                            "Det er næsten som en forening: Du kan stille forslag, stemme og stille op. Det er en god måde at få indflydelse på, hvor du bor. Og du møder dine naboer. Bor du i en andelsbolig eller en ejerlejlighed? Så er der også en forening med en generalforsamling. Her bestemmer man sammen.",
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
                            "If you live in non-profit housing (almen bolig – a rented home from a housing organisation), you are part of the <b>tenant democracy</b> (beboerdemokrati). Every year there is an <b>estate meeting</b> (afdelingsmøde) that all tenants can attend. Here the tenants decide, for example, on the house rules, the shared areas and some things that affect the rent. The tenants also elect an estate board.",
                            "It works almost like an association: you can make proposals, vote and stand for election. It is a good way to have a say where you live – and to meet your neighbours. If you live in a cooperative flat (andelsbolig) or an owner-occupied flat, there is also an association with a general meeting where people decide together.",
                        ],
                        "ar": [
                            "## الجيران والمجتمع المحلي",
                            "كثير من الدنماركيين متحفّظون قليلاً مع الأشخاص الذين لا يعرفونهم. هذا لا يعني أنهم غير ودودين. فغالباً ما ينتظرون فقط أن يخطو الشخص الآخر الخطوة الأولى. ويمكنك بكل سهولة أن تكون أنت من يبدأ.",
                            "- سلّم على جيرانك على الدرج أو في الفناء. تكفي كلمة «hej» (مرحباً) أو «godmorgen» (صباح الخير).",
                            "- عرّف بنفسك عندما تنتقل إلى مسكنك الجديد. بعض الناس يعلّقون ورقة صغيرة يقولون فيها مرحباً.",
                            "- اقرأ قواعد السكن (husorden). فهي تبيّن مثلاً متى يجب الحفاظ على الهدوء، وكيف تُفرز النفايات.",
                            "- احضر الفعاليات المشتركة، مثل العشاء الجماعي أو حفلة الفناء أو يوم عمل يشارك فيه الجميع في ترتيب المنطقة وتنظيفها.",
                            "- تكلّم إذا كانت هناك مشكلة. تحدّث مع جارك بلطف وبشكل مباشر قبل أن تتحوّل إلى خلاف كبير.",
                            "## ديمقراطية السكان",
                            "إذا كنت تسكن في مسكن غير ربحي (almen bolig)، أي مسكن مستأجر من مؤسسة إسكان، فأنت جزء من <b>ديمقراطية السكان (beboerdemokrati)</b>. في كل سنة يُعقد <b>الاجتماع السنوي للسكان (afdelingsmøde)</b>، ويمكن لجميع السكان حضوره. في هذا الاجتماع يقرّر السكان مثلاً قواعد السكن والمساحات المشتركة وبعض الأمور التي تؤثر في الإيجار. وينتخب السكان أيضاً مجلساً للمجمّع (afdelingsbestyrelse).",
                            "يشبه ذلك الجمعية تقريباً: يمكنك أن تقدّم مقترحات، وأن تصوّت، وأن تترشح. إنها طريقة جيدة لتكون لك كلمة في المكان الذي تسكن فيه، ولتتعرّف على جيرانك. وإذا كنت تسكن في مسكن تعاوني (andelsbolig) أو في شقة تملكها، فهناك أيضاً جمعية تعقد جمعية عمومية (generalforsamling) يتخذ فيها الأعضاء القرارات معاً.",
                        ],
                        "uk": [
                            "## Сусіди та місцева громада",
                            "Багато данців трохи стримані з людьми, яких не знають. Це не означає, що вони неприязні. Часто вони просто чекають, що інша людина зробить перший крок. Ви цілком можете бути тим, хто почне.",
                            "- Вітайтеся із сусідами на сходах чи у дворі. Досить сказати «hej» (привіт) або «godmorgen» (доброго ранку).",
                            "- Представтеся, коли заселяєтеся. Дехто вивішує маленьку записку й так вітається із сусідами.",
                            "- Прочитайте правила будинку (husorden). У них сказано, наприклад, коли має бути тихо і як сортувати сміття.",
                            "- Приходьте на спільні заходи, наприклад спільну вечерю, свято у дворі або день праці, коли всі разом упорядковують територію.",
                            "- Скажіть, якщо є проблема. Поговоріть із сусідом привітно й прямо, перш ніж це переросте у великий конфлікт.",
                            "## Демократія мешканців",
                            "Якщо ви живете в неприбутковому житлі (almen bolig) – орендованому житлі від житлової організації, – ви берете участь у <b>демократії мешканців (beboerdemokrati)</b>. Щороку відбуваються <b>збори мешканців (afdelingsmøde)</b>, на які можуть прийти всі мешканці. Тут мешканці вирішують, наприклад, питання правил будинку, спільних територій і деяких речей, що впливають на орендну плату. Мешканці також обирають правління комплексу (afdelingsbestyrelse).",
                            "Це працює майже як об'єднання: ви можете вносити пропозиції, голосувати й балотуватися. Це добрий спосіб впливати на життя там, де ви живете, – і познайомитися із сусідами. Якщо ви живете в кооперативному житлі (andelsbolig) або у власній квартирі, там також є об'єднання із загальними зборами (generalforsamling), де рішення ухвалюють разом.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m09-beboerdemokrati"},
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
                            "In non-profit housing you can take part in decisions at the estate meeting.",
                        ],
                        "ar": [
                            "يعمل المتطوعون دون أجر. ويمكن لأي شخص أن يصبح متطوعاً.",
                            "إذا كنت تحصل على إعانة، فاسأل مركز العمل أو صندوق التأمين ضد البطالة قبل أن تبدأ العمل التطوعي.",
                            "الاستعارة من المكتبة مجانية. تحصل على بطاقة المكتبة باستخدام بطاقة الصحة أو MitID.",
                            "في مكتبات كثيرة مقهى للغة ومقهى للواجبات ومساعدة في الأمور الرقمية.",
                            "في السكن غير الربحي يمكنك أن تشارك في اتخاذ القرارات في الاجتماع السنوي للسكان.",
                        ],
                        "uk": [
                            "Волонтери працюють без оплати. Волонтером може стати кожен.",
                            "Якщо ви отримуєте виплату, запитайте в центрі зайнятості або в касі страхування від безробіття, перш ніж стати волонтером.",
                            "Позичати в бібліотеці безкоштовно. Бібліотечний квиток ви отримуєте за допомогою медичної картки або MitID.",
                            "У багатьох бібліотеках є мовне кафе, кафе домашніх завдань і допомога з цифровими питаннями.",
                            "У неприбутковому житлі ви можете брати участь в ухваленні рішень на зборах мешканців.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {
                        "da": "Find fællesskaber og frivilligt arbejde",
                        "en": "Find communities and voluntary work",
                        "ar": "ابحث عن أنشطة جماعية وعمل تطوعي",
                        "uk": "Знайдіть спільноти й волонтерську роботу",
                    },
                    "intro": {
                        "da": "Her kan du finde frivillige opgaver, dit lokale frivilligcenter og bibliotekets tilbud.",
                        "en": "Here you can find voluntary tasks, your local volunteer centre and what the library offers.",
                        "ar": "هنا يمكنك أن تجد مهاماً تطوعية، ومركز التطوع المحلي، وما تقدّمه المكتبة العامة.",
                        "uk": "Тут ви знайдете волонтерські завдання, свій місцевий волонтерський центр і те, що пропонує бібліотека.",
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
                        "ar": "بماذا يمكنك أن تساهم بصفتك متطوعاً؟ وماذا يمكن أن تستفيد من ذلك؟",
                        "uk": "Чим ви могли б допомогти як волонтер? І що ви могли б із цього отримати?",
                    },
                    "hint": {
                        "da": "Tænk på det, du er god til, fx sprog, madlavning, sport, at reparere ting eller at lytte. Mange foreninger har brug for netop det.",
                        "en": "Think about what you are good at, for example languages, cooking, sport, repairing things or listening. Many associations need exactly that.",
                        "ar": "فكّر في ما تجيده، مثل اللغات أو الطبخ أو الرياضة أو إصلاح الأشياء أو الإصغاء للآخرين. كثير من الجمعيات تحتاج إلى ذلك بالضبط.",
                        "uk": "Подумайте, що ви добре вмієте: наприклад, мови, кулінарію, спорт, ремонт речей чи вміння слухати. Багатьом об'єднанням потрібне саме це.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {
                        "da": "Test dig selv",
                        "en": "Test yourself",
                        "ar": "اختبر نفسك",
                        "uk": "Перевірте себе",
                    },
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en frivillig?",
                                "en": "What is a volunteer?",
                                "ar": "من هو المتطوّع؟",
                                "uk": "Хто такий волонтер?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En person, der arbejder uden løn, fordi han eller hun gerne vil hjælpe",
                                        "en": "A person who works without pay because they want to help",
                                        "ar": "شخص يعمل دون أجر لأنه يريد أن يساعد",
                                        "uk": "Людина, яка працює без оплати, бо хоче допомагати",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En person, der er ansat i kommunen",
                                        "en": "A person employed by the municipality",
                                        "ar": "شخص موظف في البلدية",
                                        "uk": "Людина, яка працює в комуні",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En person, der er tvunget til at arbejde gratis",
                                        "en": "A person who is forced to work for free",
                                        "ar": "شخص مُجبَر على العمل مجاناً",
                                        "uk": "Людина, яку змушують працювати безкоштовно",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "En frivillig vælger selv at hjælpe og får ikke løn for det.",
                                "en": "A volunteer chooses to help and is not paid for it.",
                                "ar": "المتطوّع يختار بنفسه أن يساعد، ولا يتقاضى أجراً على ذلك.",
                                "uk": "Волонтер сам вирішує допомагати й не отримує за це зарплати.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad skal du bruge for at få et lånerkort på biblioteket?",
                                "en": "What do you need to get a library card?",
                                "ar": "ماذا تحتاج لتحصل على بطاقة المكتبة؟",
                                "uk": "Що потрібно, щоб отримати бібліотечний квиток?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Dit sundhedskort eller MitID",
                                        "en": "Your health card or MitID",
                                        "ar": "بطاقة الصحة أو MitID",
                                        "uk": "Медична картка або MitID",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Et dansk pas",
                                        "en": "A Danish passport",
                                        "ar": "جواز سفر دنماركي",
                                        "uk": "Данський паспорт",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et bevis for, at du taler dansk",
                                        "en": "Proof that you speak Danish",
                                        "ar": "شهادة تثبت أنك تتكلم الدنماركية",
                                        "uk": "Документ, що ви розмовляєте данською",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Du får et lånerkort med dit sundhedskort eller MitID. Det er gratis at låne.",
                                "en": "You get a library card with your health card or MitID. Borrowing is free.",
                                "ar": "تحصل على بطاقة المكتبة باستخدام بطاقة الصحة أو MitID. والاستعارة مجانية.",
                                "uk": "Бібліотечний квиток ви отримуєте за допомогою медичної картки або MitID. Позичати безкоштовно.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du får kontanthjælp og vil gerne være frivillig. Hvad er klogt?",
                                "en": "You receive cash benefit (kontanthjælp) and would like to volunteer. What is wise?",
                                "ar": "تحصل على المساعدة النقدية (kontanthjælp) وتريد أن تعمل متطوعاً. ما التصرّف الحكيم؟",
                                "uk": "Ви отримуєте грошову допомогу (kontanthjælp) і хочете стати волонтером. Як розумно вчинити?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "At spørge jobcentret om reglerne, før du starter",
                                        "en": "Ask the jobcentre about the rules before you start",
                                        "ar": "أن تسأل مركز العمل عن القواعد قبل أن تبدأ",
                                        "uk": "Запитати в центрі зайнятості про правила, перш ніж почати",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "At lade være, for det er forbudt",
                                        "en": "Do not do it, because it is forbidden",
                                        "ar": "ألّا تفعل ذلك، لأنه ممنوع",
                                        "uk": "Відмовитися, бо це заборонено",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "At starte uden at sige noget – det betyder ikke noget",
                                        "en": "Start without telling anyone – it does not matter",
                                        "ar": "أن تبدأ دون أن تخبر أحداً، فهذا لا يهم",
                                        "uk": "Почати й нікому не казати – це не має значення",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Som regel må man gerne være frivillig, når man får en ydelse. Men der er regler, og nogle har arbejdspligt. Spørg derfor først.",
                                "en": "You are usually allowed to volunteer when you receive a benefit. But there are rules, and some people have a work obligation. So ask first.",
                                "ar": "يُسمح عادةً بالعمل التطوعي لمن يحصل على إعانة. لكن هناك قواعد، وبعض الناس يخضعون لواجب العمل (arbejdspligt). لذلك اسأل أولاً.",
                                "uk": "Зазвичай, отримуючи виплату, можна бути волонтером. Але є правила, і деякі люди мають обов'язок працювати (arbejdspligt). Тому спершу запитайте.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er et afdelingsmøde i en almen bolig?",
                                "en": "What is an estate meeting (afdelingsmøde) in non-profit housing?",
                                "ar": "ما هو الاجتماع السنوي للسكان (afdelingsmøde) في السكن غير الربحي؟",
                                "uk": "Що таке збори мешканців (afdelingsmøde) у неприбутковому житлі?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Et møde, hvor beboerne bestemmer sammen, fx om husorden og fællesarealer",
                                        "en": "A meeting where the tenants decide together, for example on house rules and shared areas",
                                        "ar": "اجتماع يقرّر فيه السكان معاً، مثلاً بشأن قواعد السكن والمساحات المشتركة",
                                        "uk": "Збори, на яких мешканці разом ухвалюють рішення, наприклад щодо правил будинку й спільних територій",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Et møde med politiet om kriminalitet",
                                        "en": "A meeting with the police about crime",
                                        "ar": "اجتماع مع الشرطة بشأن الجريمة",
                                        "uk": "Зустріч із поліцією щодо злочинності",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et møde, hvor kun udlejeren taler",
                                        "en": "A meeting where only the landlord speaks",
                                        "ar": "اجتماع يتكلّم فيه المؤجّر وحده",
                                        "uk": "Збори, на яких говорить лише орендодавець",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "På afdelingsmødet kan alle beboere stemme. Det er en del af beboerdemokratiet.",
                                "en": "At the estate meeting all tenants can vote. It is part of the tenant democracy.",
                                "ar": "في الاجتماع السنوي للسكان يمكن لجميع السكان التصويت. وهذا جزء من ديمقراطية السكان (beboerdemokrati).",
                                "uk": "На зборах мешканців голосувати можуть усі мешканці. Це частина демократії мешканців (beboerdemokrati).",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
