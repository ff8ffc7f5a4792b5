"""Somali (so) text of demo/content/m07_rights.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Xuquuqda, sharciga iyo sinnaanta",
    "MODULE.summary": "Wax ka baro Dastuurka (Grundloven) iyo xorriyaadkaaga, sinnaanta iyo mamnuucidda rabshadda, iyo booliska (politiet), maxkamadaha (domstolene) iyo meesha aad cabasho u gudbin karto.",
    "MODULE.objectives": [
        "Waxaad magacaabi kartaa xorriyaadka muhiimka ah ee ku jira Dastuurka (Grundloven), waxaadna sharxi kartaa halka ay xadkoodu marayaan.",
        "Waxaad sharxi kartaa waxa ay sinnaanta haweenka iyo ragga ka dhigan tahay nolol maalmeedka.",
        "Waad taqaannaa mamnuucidda rabshadda, oo ay ku jirto rabshadda carruurta loo geysto, waxaadna ogtahay meesha caawimaad laga heli karo.",
        "Waad ogtahay waxa ay qabtaan booliska (politiet) iyo maxkamadaha (domstolene), iyo meesha aad cabasho uga gudbin karto takoorka.",
    ],
    "GLOSSARY.m07-ligestilling.term": "Sinnaanta haweenka iyo ragga (ligestilling)",
    "GLOSSARY.m07-ligestilling.explanation": "In haweenka iyo ragga ay leeyihiin xuquuq, waajibaad iyo fursado isku mid ah, tusaale ahaan xagga waxbarashada, shaqada iyo mushaharka – iyo inay iyagu go'aan ka gaaraan noloshooda, jirkooda iyo lammaanahooda.",
    "GLOSSARY.m07-forskelsbehandling.term": "Takoorka (forskelsbehandling)",
    "GLOSSARY.m07-forskelsbehandling.explanation": "In qof loola dhaqmo si ka xun dadka kale sababo la xiriira, tusaale ahaan, jinsiga, midabka maqaarka, asalka qowmiyadeed, diinta, da'da, naafonimada ama u-janjeerka galmada. Inta badan waa sharci-darro, waxaadna cabasho u gudbin kartaa, tusaale ahaan, Guddiga Sinnaanta (Ligebehandlingsnævnet).",
    "GLOSSARY.m07-opholdstilladelse.term": "Ruqsadda deganaanshaha (opholdstilladelse)",
    "GLOSSARY.m07-opholdstilladelse.explanation": "Ruqsad ay hay'adaha Denmark kuu siiyaan si aad ugu noolaato Denmark. Badanaa waxay leedahay taariikh ay ku dhacayso iyo shuruudo qaarkood oo ay tahay inaad adigu ogaato oo raacdo. Xeerarka rasmiga ah waxay ku qoran yihiin nyidanmark.dk.",
    "RESOURCES.m07-ligebehandlingsnaevnet.name": "Guddiga Sinnaanta (Ligebehandlingsnævnet)",
    "RESOURCES.m07-ligebehandlingsnaevnet.description": "Guddi madax-bannaan oo baara cabashooyinka takoorka – ha ahaato suuqa shaqada gudihiisa ama dibaddiisa. Cabasho gudbintu waa bilaash, uma baahnid qareen.",
}
