"""Somali (so) text of demo/content/m05_housing.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Guriga",
    "MODULE.summary": "Baro sida aad guri uga heli karto Denmark, iyo waxa aad u baahan tahay inaad ka ogaato heshiiska kirada (lejekontrakt), lacagta dammaanadda (depositum), kirada iyo kaalmada kirada (boligstøtte). Sidoo kale baro sida aad u noqoto deris wanaagsan, sida aad u kala soocdo qashinkaaga, iyo sida aad u sheegto guuritaan.",
    "MODULE.objectives": [
        "Waxaad sharxi kartaa faraqa u dhexeeya guri ka mid ah guryaha aan faa'iido-doonka ahayn (almen bolig) iyo guri kiro ah oo gaar loo leeyahay, iyo sida aad isugu qori karto liiska sugitaanka.",
        "Waxaad sharxi kartaa waxa ku qoran heshiiska kirada (lejekontrakt), iyo waxa ay yihiin lacagta dammaanadda (depositum) iyo kirada hore loo bixiyo (forudbetalt leje).",
        "Waxaad codsan kartaa kaalmada kirada (boligstøtte), waxaadna ogtahay meesha aad cabasho u gudbin karto, tusaale ahaan Guddiga Kirada (Huslejenævnet).",
        "Waxaad raaci kartaa xeerarka guriga (husorden), waxaad kala sooci kartaa qashinkaaga, waxaadna sheegi kartaa guuritaankaaga waqtigiisa.",
    ],
    "GLOSSARY.m05-almen-bolig.term": "Guryaha aan faa'iido-doonka ahayn (almen bolig)",
    "GLOSSARY.m05-almen-bolig.explanation": "Guri kiro ah oo ay leedahay hay'ad guryeed oo aan faa'iido-doon ahayn (almen boligorganisation), oo inta badan loo yaqaan boligforening. Kiradu waa inay daboosho kharashaadka, qofna faa'iido lacageed kama samayn karo. Guri ka mid ah guryaha aan faa'iido-doonka ahayn waxaad ku heshaa adigoo isku qora liiska sugitaanka. Deganayaashu waxay saameyn ku leeyihiin iyagoo adeegsanaya dimuqraadiyadda deganayaasha (beboerdemokrati).",
    "GLOSSARY.m05-depositum.term": "Lacagta dammaanadda (depositum)",
    "GLOSSARY.m05-depositum.explanation": "Lacag aad siiso mulkiilaha guriga marka aad guriga u soo guurto. Waa dammaanad u ah mulkiilaha, mana dhaafi karto kirada 3 bilood. Marka aad ka guurto, lacagta waa laguu celinayaa, marka laga jaro kharashka lagu hagaajinayo guriga.",
    "GLOSSARY.m05-boligstoette.term": "Kaalmada kirada (boligstøtte)",
    "GLOSSARY.m05-boligstoette.explanation": "Lacag ay dowladdu kaaga caawiso kirada, haddii aad deggan tahay guri kiro ah oo dakhligaagu hooseeyo. Waxaad ka codsataa borger.dk adigoo isticmaalaya MitID, Udbetaling Danmark ayaana ka shaqeysa codsiga. Lacagta aad helayso waxay ku xiran tahay, waxyaabo kale ka sokow, kirada, baaxadda guriga, inta qof ee aad tihiin iyo dakhliga qoyska.",
    "GLOSSARY.m05-husorden.term": "Xeerarka guriga (husorden)",
    "GLOSSARY.m05-husorden.explanation": "Xeerarka ay tahay in deganayaasha dhismaha raacaan, tusaale ahaan ku saabsan buuqa, qolka dharka lagu dhaqo, qashinka, jaranjarada iyo balakoonka. Guryaha aan faa'iido-doonka ahayn (almen bolig), xeerarka guriga waxaa ansixiya deganayaasha laftooda, shirka qaybta (afdelingsmøde).",
    "RESOURCES.m05-bl.name": "BL – Danmarks Almene Boliger (guryaha aan faa'iido-doonka ahayn ee Denmark)",
    "RESOURCES.m05-bl.description": "Urur matala hay'adaha guryaha aan faa'iido-doonka ahayn. Wuxuu hayaa macluumaad ku saabsan guryaha aan faa'iido-doonka ahayn (almen bolig), liisaska sugitaanka, dimuqraadiyadda deganayaasha (beboerdemokrati) iyo kaalmada kirada (boligstøtte).",
}
