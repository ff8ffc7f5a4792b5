"""Somali (so) text of demo/content/m01_democracy.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Dimuqraadiyadda iyo dowladda daryeelka",
    "MODULE.summary": "Baro sida Denmark loo maamulo, cidda go'aamisa waxa, iyo sida canshuurtu u bixiso kharashka dowladda daryeelka (velfærd). Waxaad sidoo kale baran doontaa xuquuqdaada iyo waajibaadkaaga.",
    "MODULE.objectives": [
        "Waxaad sharxi kartaa waxa ay qabtaan Baarlamaanka (Folketinget), xukuumadda (regeringen) iyo maxkamadaha (domstolene).",
        "Waxaad sheegi kartaa waxyaabaha ay qabtaan degmada (kommune) iyo gobolka (region).",
        "Waxaad sharxi kartaa cidda codayn karta doorashooyinka kala duwan ee Denmark.",
        "Waxaad tusaalooyin ka bixin kartaa waxyaabaha canshuurtu bixiso, iyo xuquuqdaada iyo waajibaadkaaga.",
    ],
    "GLOSSARY.m01-folketinget.term": "Baarlamaanka (Folketinget)",
    "GLOSSARY.m01-folketinget.explanation": "Waa baarlamaanka Denmark. Baarlamaanku wuxuu leeyahay 179 xubnood, wuxuu ansixiyaa sharciyada, wuxuuna kormeeraa xukuumadda (regering). Doorashada baarlamaanka waxaa la qabtaa ugu yaraan afartii sanaba mar.",
    "GLOSSARY.m01-kommunalbestyrelse.term": "Golaha degmada (kommunalbestyrelse / byråd)",
    "GLOSSARY.m01-kommunalbestyrelse.explanation": "Siyaasiyiinta ay dadka deegaanku u doortaan inay hoggaamiyaan degmada (kommune). Degmooyin badan golahan waxaa loo yaqaan golaha magaalada (byråd). Duqa magaalada (borgmester) ayaa guddoomiye u ah. Doorashada degmooyinka waxaa la qabtaa afartii sanaba mar.",
    "GLOSSARY.m01-velfaerdssamfund.term": "Dowladda daryeelka (velfærdssamfund)",
    "GLOSSARY.m01-velfaerdssamfund.explanation": "Bulsho ay dowladdu bixiso, tusaale ahaan, caafimaadka, waxbarashada iyo caawimaadda dadka waayeelka ah, dadka bukaanka ah iyo dadka shaqo la'aanta ah. Waxaa lagu bixiyaa canshuur.",
    "RESOURCES.m01-ft-dk.name": "Baarlamaanka (ft.dk)",
    "RESOURCES.m01-ft-dk.description": "Bogga rasmiga ah ee Baarlamaanka (Folketinget). Halkan waxaad ka daawan kartaa shirarka, waxaad arki kartaa cidda xubnaha ka ah, waxaadna ka akhrin kartaa sida sharci loo sameeyo. Waxaa sidoo kale jira macluumaad ku qoran luqadda Ingiriisiga.",
}
