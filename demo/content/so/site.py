"""Somali (so) text of demo/content/site.py (see demo/content/overlay.py)."""

TEXT = {
    "HOME.title": "Samfund",
    "HOME.intro": [
        "Ku soo dhowow koorsada fahamka bulshada. Halkan waxaad ku baranaysaa sida bulshada Denmark u shaqeyso: shaqada, dugsiga, caafimaadka, guriga, lacagta, xuquuqda iyo wadajirka.",
        "Waxaad wax ku akhrin kartaa luqaddaada, ama adigoo luqadda Deenishka garab dhigaya. Waxaad sidoo kale la kulmi kartaa dad u yimid Denmark oo helay waddadooda.",
    ],
    "COURSE.title": "Fahamka bulshada Denmark",
    "COURSE.intro": [
        "Koorsada fahamka bulshada waa qayb ka mid ah barnaamijka ay degmadaada (kommune) kuu qorshaysay. Degmadaada ayaa go'aamisa inta saacadood ee aad koorsada ku qaadanayso iyo goorta ay tahay inaad dhammaysato. Saacadahaaga iyo waqtiga kama dambaysta ah waxaad ka arki kartaa »Koorsadayda«.",
        "Koorsadu waxay leedahay 10 cutub. Cutub kastaa wuxuu leeyahay casharro ay ku jiraan qoraal, xaqiiqooyin, erayo ay tahay inaad taqaanno, iyo su'aalo tijaabo ah oo gaaban. Casharrada waxaad u qaadan kartaa sida xawaarahaagu yahay.",
    ],
    "ROLE_MODELS.title": "Dad tusaale ah",
    "ROLE_MODELS.intro": [
        "La kulan dad u yimid Denmark iyagoo dad waaweyn ah. Waxay kaaga sheekaynayaan waddadooda: luqadda, waxbarashada, shaqada, qoyska iyo wadajirka.",
    ],
}
