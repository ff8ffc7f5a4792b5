"""Somali (so) text of demo/content/m03_education.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "Waxbarashada iyo carruurta",
    "MODULE.summary": "Baro sida ay Denmark uga shaqeeyaan daryeelka carruurta yaryar, dugsiga dadweynaha (folkeskole) iyo waxbarashada loogu talagalay dhalinyarada iyo dadka waaweyn. Sidoo kale baro sida adigoo waalid ah ula shaqeyso daryeelka maalinta ee carruurta (dagtilbud) iyo dugsiga.",
    "MODULE.objectives": [
        "Waxaad sharxi kartaa faraqa u dhexeeya xannaanada guriga (dagpleje), xannaanada dhallaanka (vuggestue) iyo xannaanada carruurta (børnehave), iyo sida aad ilmahaaga ugu qorto boos.",
        "Waxaad sharxi kartaa waxa ay ka dhigan tahay waxbarashada qasabka ah (undervisningspligt) iyo sida dugsiga dadweynaha (folkeskole) loo habeeyay.",
        "Waxaad ka qayb qaadan kartaa wada-shaqeynta dugsiga ilmahaaga, tusaale ahaan shirarka waalidiinta iyo Aula.",
        "Waxaad magacaabi kartaa fursadaha waxbarasho ee dhalinyarada iyo dadka waaweyn, tusaale ahaan SU iyo waxbarashada luqadda Deenishka (danskuddannelse) ee xarunta luqadda (sprogcenter).",
    ],
    "GLOSSARY.m03-dagtilbud.term": "Daryeelka maalinta ee carruurta (dagtilbud)",
    "GLOSSARY.m03-dagtilbud.explanation": "Eray guud oo loogu yeero xannaanada guriga (dagpleje), xannaanada dhallaanka (vuggestue) iyo xannaanada carruurta (børnehave): meelo ay dad waaweyn oo tababaran maalintii ku xannaaneeyaan carruurta yaryar, inta waalidiintu shaqeynayaan ama wax baranayaan. Degmada (kommune) ayaa masuul ka ah, waalidiintuna waxay bixiyaan qayb ka mid ah qiimaha.",
    "GLOSSARY.m03-undervisningspligt.term": "Waxbarashada qasabka ah (undervisningspligt)",
    "GLOSSARY.m03-undervisningspligt.explanation": "Dhammaan carruurta Denmark waa inay helaan waxbarasho 10 sano, laga bilaabo Agoosto ee sanadka ay buuxsadaan 6 sano. Waa waajib ah in wax la barto, ma aha waajib ah in la dhigto dugsi gaar ah: waalidiintu waxay dooran karaan dugsiga dadweynaha (folkeskole), dugsi xor ah (friskole), dugsi gaar loo leeyahay (privatskole) ama waxbarasho guriga ah, taas oo degmada (kommune) markaas kormeerto.",
    "GLOSSARY.m03-ungdomsuddannelse.term": "Waxbarashada dhalinyarada (ungdomsuddannelse)",
    "GLOSSARY.m03-ungdomsuddannelse.explanation": "Waxbarasho ay dhalinyaradu qaataan dugsiga dadweynaha (folkeskole) kadib. Waxay noqon kartaa waxbarasho dugsi sare (tusaale ahaan stx, hhx, htx ama hf) ama waxbarasho xirfadeed (eud), oo aad ku barato xirfad. Waxay kuu furtaa shaqo ama waxbarasho intaas ka sii sarreysa.",
    "GLOSSARY.m03-danskuddannelse.term": "Waxbarashada luqadda Deenishka (danskuddannelse)",
    "GLOSSARY.m03-danskuddannelse.explanation": "Waxbarasho luqadda Deenishka ah oo loogu talagalay dadka waaweyn ee ajaanibta ah, oo ka dhacda xarunta luqadda (sprogcenter). Waxaa jira saddex nooc oo waxbarashada luqadda Deenishka ah (Danskuddannelse 1, 2 iyo 3). Waxay ku habboon yihiin inta aad dugsi dhigatay iyo sida degdegga ah ee aad u barato luqad cusub. Danskuddannelse 1 iyo 2 waxay leeyihiin lix cutub (moduler), Danskuddannelse 3-na waxay leedahay shan cutub iyo cutub 6 oo dheeraad ah. Danskuddannelse kastaa waxay ku dhammaataa imtixaanka luqadda Deenishka (Prøve i Dansk).",
    "RESOURCES.m03-aula.name": "Madasha Aula",
    "RESOURCES.m03-aula.description": "Madasha dhijitaalka ah ee ay dugsiyada dadweynaha (folkeskoler), naadiyada dugsiga kadib (SFO) iyo daryeelka maalinta ee carruurta (dagtilbud) u isticmaalaan fariimaha, jadwalka iyo xiriirka waalidiinta. Waxaad ku gashaa MitID bogga internetka ama app-ka.",
    "RESOURCES.m03-ug.name": "Uddannelsesguiden – hagaha waxbarashada (ug.dk)",
    "RESOURCES.m03-ug.description": "Hagaha rasmiga ah ee Denmark ee waxbarashada iyo shaqada. Halkan waxaad ka akhrin kartaa waxbarashada dhalinyarada (ungdomsuddannelser), waxbarashada sare iyo waxbarashada dadka waaweyn, waxaadna ka heli kartaa hagitaan shakhsi ah eVejledning.",
    "RESOURCES.m03-su.name": "SU – deeqda waxbarashada ee dowladda (su.dk)",
    "RESOURCES.m03-su.description": "Bogga rasmiga ah ee ku saabsan SU. Halkan waxaad ka akhrin kartaa xeerarka, waxaad ku xisaabin kartaa inta aad heli karto, waxaadna ku codsan kartaa SU adigoo isticmaalaya MitID.",
}
