"""Somali (so) text of demo/content/m02_work.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Shaqada iyo xarunta shaqada (jobcenter)",
    "MODULE.summary": "Baro sida xarunta shaqada (jobcenter) iyo barnaamijkaagu kaaga caawin karaan inaad shaqo hesho, sida shaqo loo raadiyo, iyo xeerarka iyo caadooyinka ka jira goob shaqo oo Deenish ah.",
    "MODULE.objectives": [
        "Waxaad sharxi kartaa waxa xarunta shaqadu qabato iyo waxa ku jira barnaamijkaaga.",
        "Waxaad heli kartaa shaqooyin bannaan, waxaadna qori kartaa CV gaaban oo qaab Deenish ah.",
        "Waxaad sharxi kartaa sida lagu qiimeeyo waxbarashadaada dibadda.",
        "Waxaad sharxi kartaa waxa uu yahay heshiiska wadareed (overenskomst), ururka shaqaalaha (fagforening) iyo sanduuqa caymiska shaqo la'aanta (a-kasse).",
        "Waxaad akhrin kartaa xariiqyada ugu muhiimsan ee warqadda mushaharka (lønseddel).",
    ],
    "GLOSSARY.m02-virksomhedspraktik.term": "Tababarka shaqada (virksomhedspraktik)",
    "GLOSSARY.m02-virksomhedspraktik.explanation": "Muddo aad ka shaqeyso goob shaqo si aad u barato shaqada oo aad u muujiso waxa aad qaban karto. Lacagta kaalmada waxaad ka helaysaa degmada (kommune), mushaharna kama helaysid shirkadda.",
    "GLOSSARY.m02-overenskomst.term": "Heshiiska wadareed (overenskomst)",
    "GLOSSARY.m02-overenskomst.explanation": "Heshiis u dhexeeya ururrada shaqaalaha (fagforeninger) iyo ururrada loo-shaqeeyayaasha, oo ku saabsan mushaharka, saacadaha shaqada, lacagta hawlgabka (pension) iyo shuruudo kale.",
    "GLOSSARY.m02-a-kasse.term": "Sanduuqa caymiska shaqo la'aanta (a-kasse)",
    "GLOSSARY.m02-a-kasse.explanation": "Sanduuq caymis oo loogu talagalay shaqo la'aanta. Xubin ahaan waxaad bixisaa lacag xubinnimo, waxaadna heli kartaa gunnada shaqo la'aanta (dagpenge) haddii aad shaqada waydo oo aad buuxiso xeerarka.",
    "RESOURCES.m02-ufm-anerkendelse.name": "Qiimeynta waxbarashada dibadda (ufm.dk)",
    "RESOURCES.m02-ufm-anerkendelse.description": "Uddannelses- og Forskningsstyrelsen (Hay'adda Waxbarashada Sare iyo Cilmi-baarista) waxay bilaash u qiimeysaa waxa ay waxbarashadaada dibaddu u dhiganto Denmark. Halkan waxaad sidoo kale ka eegi kartaa in xirfaddaada uu sharci nidaamiyo.",
    "RESOURCES.m02-fho.name": "Ururka Guud ee Ururrada Shaqaalaha (Fagbevægelsens Hovedorganisation, FH)",
    "RESOURCES.m02-fho.description": "Urur guud oo ay ku bahoobeen ururro shaqaale oo badan oo Deenish ah. Halkan waxaad ka akhrin kartaa habka Deenishka (den danske model) iyo xuquuqda dadka mushaharka ku shaqeeya.",
    "RESOURCES.m02-at-dk.name": "Hay'adda Deegaanka Shaqada (Arbejdstilsynet)",
    "RESOURCES.m02-at-dk.description": "Hay'adda dowladda ee qaabilsan deegaanka shaqada. Halkan waxaad ka akhrin kartaa badbaadada iyo caafimaadka goobta shaqada, waxaadna la xiriiri kartaa Arbejdstilsynet haddii deegaanka shaqadaadu khatar yahay.",
}
