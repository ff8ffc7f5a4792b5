"""Somali (so) text of demo/content/m08_history.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Taariikhda, dhaqanka iyo qiyamka",
    "MODULE.summary": "Hel dulmar gaaban oo ku saabsan taariikhda Denmark, baro ciidaha iyo dhaqammada ugu muhiimsan, oo faham qiyamka ay dad badan oo reer Denmark ahi ku nool yihiin.",
    "MODULE.objectives": [
        "Waxaad ka sheekayn kartaa dhacdooyinka muhiimka ah ee taariikhda Denmark, laga bilaabo xilligii Viking-ka ilaa maanta.",
        "Waad taqaannaa ciidaha iyo dhaqammada ugu muhiimsan ee Denmark ee sanadka oo dhan.",
        "Waxaad sharxi kartaa qiyamka sida kalsoonida (tillid), in qof kastaa qiimo isku mid ah leeyahay (ligeværd) iyo hygge, waadna ogtahay waxa ay dadka reer Denmark ka filayaan ku saabsan waqti-ilaalinta.",
        "Waad ogtahay waxa ay tahay Kaniisadda Qaranka (folkekirken) iyo waxa ay xorriyadda diintu ka dhigan tahay Denmark.",
    ],
    "GLOSSARY.m08-befrielsen.term": "Xoreynta (Befrielsen)",
    "GLOSSARY.m08-befrielsen.explanation": "Dhammaadkii qabsashadii Jarmalka ee Denmark, intii lagu jiray Dagaalkii Labaad ee Adduunka. Warka waxaa raadiyaha laga sii daayay fiidkii 4 Maajo 1945, xoreyntuna waxay dhaqan gashay 5 Maajo. Dad badan ayaa weli fiidka 4 Maajo shumacyo dhiga daaqadaha.",
    "GLOSSARY.m08-hygge.term": "Hygge (jawi diirran oo raaxo leh)",
    "GLOSSARY.m08-hygge.explanation": "Jawi wanaagsan, ammaan ah oo degan, tusaale ahaan shumacyo shidan, cunto fiican, koob qaxwo ah iyo dad wanaagsan. Hygge waa mid ka mid ah erayada Deenishka ee ugu caansan, wuxuuna si gaar ah muhiim ugu yahay xilliga mugdiga ah ee sanadka.",
    "GLOSSARY.m08-tillid.term": "Kalsoonida (tillid)",
    "GLOSSARY.m08-tillid.explanation": "In aad rumaysato in dadka kale iyo hay'adaha dowladdu daacad yihiin oo ay sameeyaan waxa ay sheegaan. Denmark waa mid ka mid ah dalalka adduunka ee dadku sida ugu badan isugu kalsoon yihiin. Kalsoonidu waxay ku dhisan tahay in qof kastaa qaybtiisa qabto.",
    "GLOSSARY.m08-folkekirken.term": "Kaniisadda Qaranka (folkekirken)",
    "GLOSSARY.m08-folkekirken.explanation": "Kaniisadda Luteeriga ah ee Injiiliga (evangelisk-luthersk) ee Denmark. Sida uu dhigayo Dastuurka (Grundloven), dowladdu way taageertaa. Qiyaastii 7 qof oo ka mid ah 10-kii qof ee reer Denmark ah waa xubno, waxayna bixiyaan canshuurta kaniisadda. Waxaa jirta xorriyadda diinta, sidaas darteed qof kastaa wuxuu dooran karaa diin kale ama diin la'aan.",
    "RESOURCES.m08-nationalmuseet.name": "Matxafka Qaranka ee Denmark (Nationalmuseet)",
    "RESOURCES.m08-nationalmuseet.description": "Matxafka ugu weyn ee Denmark ee taariikhda dhaqanka, oo leh bandhigyo ku saabsan, waxyaabo kale ka sokow, xilligii Viking-ka iyo taariikhda Denmark. Matxafka Xorriyadda (Frihedsmuseet), oo ku saabsan qabsashadii 1940-1945, waa qayb ka mid ah Matxafka Qaranka.",
    "RESOURCES.m08-danmarkshistorien.name": "danmarkshistorien.dk (Jaamacadda Aarhus)",
    "RESOURCES.m08-danmarkshistorien.description": "Bog internet oo bilaash ah oo ay leedahay Jaamacadda Aarhus (Aarhus Universitet), oo leh maqaallo iyo ilo xog ku saabsan taariikhda Denmark, laga soo bilaabo waagii hore ilaa maanta.",
    "RESOURCES.m08-kongehuset.name": "Aqalka Boqortooyada (kongehuset.dk)",
    "RESOURCES.m08-kongehuset.description": "Bogga rasmiga ah ee Aqalka Boqortooyada, oo leh macluumaad ku saabsan qoyska boqortooyada, hawlihiisa iyo taariikhda nidaamka boqortooyada.",
    "RESOURCES.m08-folkekirken.name": "Kaniisadda Qaranka (folkekirken.dk)",
    "RESOURCES.m08-folkekirken.description": "Bogga rasmiga ah ee Kaniisadda Qaranka (folkekirken). Halkan waxaad ka akhrin kartaa ciidaha Masiixiga, baabtiiska, xaqiijinta diinta (konfirmation), arooska iyo aaska, waxaadna ka heli kartaa kaniisadda deegaankaaga.",
}
