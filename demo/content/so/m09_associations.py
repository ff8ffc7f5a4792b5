"""Somali (so) text of demo/content/m09_associations.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Ururrada iyo wadajirka",
    "MODULE.summary": "Baro sida ururrada (foreninger) iyo shaqada tabarruca ah uga shaqeeyaan Denmark, iyo sida aad qayb uga noqon karto bulshada meesha aad ku nooshahay.",
    "MODULE.objectives": [
        "Waxaad sharxi kartaa waxa uu yahay ururku (forening), waxaadna tusaalooyin ka bixin kartaa ururrada carruurta iyo dadka waaweyn.",
        "Waxaad sharxi kartaa sida urur loo maamulo: shirweynaha guud (generalforsamling), guddiga maamulka (bestyrelse) iyo lacagta xubinnimada (kontingent).",
        "Waxaad heli kartaa shaqo tabarruc ah iyo hawlo ka dhaca xaafaddaada, tusaale ahaan maktabadda.",
        "Waxaad magacaabi kartaa habab wanaagsan oo aad ula xiriiri karto derisyadaada.",
    ],
    "GLOSSARY.m09-forening.term": "Urur (forening)",
    "GLOSSARY.m09-forening.explanation": "Koox dad ah oo ka wada shaqeeya dan ay wadaagaan, tusaale ahaan ciyaaraha, muusigga ama xaafad guryo. Xubnuhu wadajir ayay go'aan u gaaraan, ururkuna lacag uma sameeyo milkiilayaal.",
    "GLOSSARY.m09-kontingent.term": "Lacagta xubinnimada (kontingent)",
    "GLOSSARY.m09-kontingent.explanation": "Lacagta aad bixiso si aad xubin uga ahaato urur, tusaale ahaan lixdii biloodba mar ama sanad kasta. Lacagta xubinnimada waxaa loo isticmaalaa hawlaha ururka.",
    "GLOSSARY.m09-generalforsamling.term": "Shirweynaha guud (generalforsamling)",
    "GLOSSARY.m09-generalforsamling.explanation": "Shirka ugu muhiimsan ee ururka, badanaa hal mar sanadkii. Dhammaan xubnuhu way iman karaan oo codayn karaan. Halkan waxaa lagu doortaa guddiga maamulka (bestyrelse), waxaa lagu ansixiyaa xisaabaadka, waxaana lagu codeeyaa soo jeedinta.",
    "GLOSSARY.m09-bestyrelse.term": "Guddiga maamulka (bestyrelse)",
    "GLOSSARY.m09-bestyrelse.explanation": "Koox xubno ah oo lagu doorto shirweynaha guud (generalforsamling) si ay u hoggaamiyaan ururka maalin kasta. Guddiga maamulku wuxuu badanaa leeyahay guddoomiye iyo khasnaji (kasserer).",
    "GLOSSARY.m09-beboerdemokrati.term": "Dimuqraadiyadda deganayaasha (beboerdemokrati)",
    "GLOSSARY.m09-beboerdemokrati.explanation": "Guryaha aan faa'iido-doonka ahayn (almene boliger), deganayaashu waxay iyagu go'aan ka gaaraan qayb ka mid ah arrimaha qaybtooda (afdeling). Shirka sanadlaha ah ee qaybta (afdelingsmøde), dhammaan deganayaashu way codayn karaan, tusaale ahaan ku saabsan xeerarka guriga (husorden) iyo meelaha la wadaago, waxayna dooran karaan guddiga qaybta.",
    "RESOURCES.m09-dgi.name": "DGI – naadiyada ciyaaraha ee Denmark",
    "RESOURCES.m09-dgi.description": "Urur qaran oo ay ku bahoobeen ururrada ciyaaraha (idrætsforeninger) ee Denmark oo dhan. Bogga internetka waxaad ka akhrin kartaa ciyaaraha, waxaadna ka heli kartaa hawlo iyo naadiyo loogu talagalay carruurta iyo dadka waaweyn.",
    "RESOURCES.m09-frise.name": "Frivilligcentre og Selvhjælp Danmark (FriSe) – xarumaha tabarrucayaasha",
    "RESOURCES.m09-frise.description": "Ururka qaranka ee xarumaha tabarrucayaasha deegaanka (frivilligcentre). Xarunta tabarrucayaashu waxay kaa caawisaa inaad hesho shaqo tabarruc ah iyo kooxo wadajir ah meesha aad ku nooshahay. Bogga internetka waxaad ka heli kartaa xarunta tabarrucayaasha ee kuugu dhow.",
    "RESOURCES.m09-ereolen.name": "eReolen",
    "RESOURCES.m09-ereolen.description": "Bilaash u amaaho buugaag elektaroonig ah iyo buugaag la dhageysto, adigoo isticmaalaya kaarkaaga amaahashada ee maktabadda. Waxaad ku akhrin kartaa oo ku dhageysan kartaa app ku jira taleefankaaga.",
}
