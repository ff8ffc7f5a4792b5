"""Somali (so) text of demo/content/glossary.py (see demo/content/overlay.py)."""

TEXT = {
    "GLOSSARY.cpr-number.term": "Lambarka CPR (CPR-nummer)",
    "GLOSSARY.cpr-number.explanation": "Waa lambarkaaga shakhsiga ah ee lagu aqoonsado Denmark. Wuxuu ka kooban yahay 10 tiro: taariikhda dhalashadaada (6 tiro) iyo 4 tiro oo kale. Waxaad heshaa marka lagu diiwaangeliyo degmada (kommune). Waxaad u baahan tahay marka aad aaddo dhakhtarka, bangiga, shaqada iyo hay'adaha dowladda.",
    "GLOSSARY.mitid.term": "MitID",
    "GLOSSARY.mitid.explanation": "Waa aqoonsigaaga dhijitaalka ah ee Denmark. MitID waxaad u isticmaashaa inaad ku gasho borger.dk, bangigaaga internetka, sundhed.dk iyo bogag kale oo badan. Waxaad isticmaali kartaa app ku jira taleefankaaga ama qalab yar oo koodh muujiya. Weligaa MitID-gaaga qof kale ha siin.",
    "GLOSSARY.borgerservice.term": "Borgerservice (xafiiska adeegga dadweynaha)",
    "GLOSSARY.borgerservice.explanation": "Waa xafiiska degmada (kommune) oo aad caawimaad ka heli karto, tusaale ahaan kaarka caafimaadka (sundhedskort), baasaboorka, MitID iyo Digital Post. Meelo badan waa inaad marka hore ballan qabsataa. Magaalooyinka qaarkood Borgerservice waxay ku taal maktabadda.",
    "GLOSSARY.kommune.term": "Degmada (kommune)",
    "GLOSSARY.kommune.explanation": "Denmark waxay u qaybsan tahay 98 degmo (kommuner). Degmadu waxay qabataa waxyaabo badan oo noloshaada maalinlaha ah, tusaale ahaan dugsiyada, daryeelka maalinta ee carruurta (dagtilbud), daryeelka dadka waayeelka ah, xarunta shaqada (jobcenter) iyo Borgerservice. Afartii sanaba mar waxaa la qabtaa doorashada golaha degmada (kommunalbestyrelse).",
    "GLOSSARY.digital-post.term": "Digital Post (boostada dhijitaalka ah)",
    "GLOSSARY.digital-post.explanation": "Warqadaha ka yimaada hay'adaha dowladda, tusaale ahaan degmada (kommune), Hay'adda Canshuuraha (Skattestyrelsen) iyo isbitaalka, waxay kuu yimaadaan sida Digital Post. Waxaad ku akhrin kartaa borger.dk, e-Boks ama mit.dk. Marar badan eeg Digital Post-kaaga – warqaddu way ansax tahay, xitaa haddii aadan akhrin.",
    "GLOSSARY.sundhedskort.term": "Kaarka caafimaadka (sundhedskort) – kaarka jaallaha ah",
    "GLOSSARY.sundhedskort.explanation": "Kaarkaaga caafimaadka ee jaallaha ah wuxuu muujiyaa magacaaga, lambarkaaga CPR iyo dhakhtarkaaga. Wad marka aad u socoto dhakhtarka, dhakhtarka ilkaha, farmashiyaha ama isbitaalka. Waxaad sidoo kale ku haysan kartaa qaab dhijitaal ah oo ku jira app-ka Sundhedskortet.",
    "GLOSSARY.jobcenter.term": "Xarunta shaqada (jobcenter)",
    "GLOSSARY.jobcenter.explanation": "Waa xafiiska degmada (kommune) ee qaabilsan shaqaalaynta. Xarunta shaqadu waxay kaa caawisaa inaad hesho shaqo ama waxbarasho, waxaadna halkaas kula kulantaa maareeyaha kiiskaaga (sagsbehandler). Haddii aad shaqo la'aan tahay, badanaa waa inaad isku diiwaangelisaa jobnet.dk.",
    "GLOSSARY.tolk.term": "Turjumaan (tolk)",
    "GLOSSARY.tolk.explanation": "Turjumaanku wuxuu afka ku turjumaa hadalka adiga iyo, tusaale ahaan, dhakhtarka ama degmada (kommune). Turjumaanku wuxuu leeyahay waajibka sir-haynta (tavshedspligt), waana inuu dhexdhexaad ahaadaa. Haddii ay suurtagal tahay, carruurtaada ha ka dhigin turjumaan.",
    "GLOSSARY.frivillig.term": "Tabarruce (frivillig)",
    "GLOSSARY.frivillig.explanation": "Tabarruce waa qof shaqeeya isagoo aan mushahar qaadan, sababtoo ah isaga ama iyada ayaa doonaya inay wax caawiyaan. Tabarrucayaasha waxaa ka mid ah, tusaale ahaan, tababarayaasha naadiyada ciyaaraha, dadka carruurta ka caawiya casharrada guriga, iyo saaxiibada booqda dadka waayeelka ah. Qof kastaa wuxuu noqon karaa tabarruce.",
    "GLOSSARY.grundloven.term": "Dastuurka (Grundloven)",
    "GLOSSARY.grundloven.explanation": "Waa dastuurka Denmark iyo sharciga ugu muhiimsan ee dalka. Wuxuu sharxaa sida dalka loo maamulayo, wuxuuna muwaadiniinta siiyaa xuquuqaha xorriyadda. Dastuurkii ugu horreeyay waxaa la ansixiyay 5 Juun 1849, kan hadda jirana waxaa la ansixiyay 1953.",
}
