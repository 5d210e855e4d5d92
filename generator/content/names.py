"""Name pools: Faker's per-locale person and city lists (pinned Faker version), merged with our own."""

from __future__ import annotations

import importlib
from functools import lru_cache

_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR",
    "nl_NL", "pl_PL", "sv_SE", "no_NO", "fi_FI", "tr_TR", "cs_CZ", "da_DK", "yo_NG", "sw", "zu_ZA",
    "id_ID", "vi_VN", "et_EE", "hu_HU", "ro_RO", "hr_HR", "sk_SK", "lt_LT", "lv_LV",
)

# Our own additions: Faker's pools lean European; these widen them.
EXTRA_FEMALE = (
    "Adaeze Amara Anjali Aiko Akosua Ama Chiamaka Dilnoza Esi Farida Folake Hana Ifeoma Ingrid Jia Kalani Keiko "
    "Lakshmi Leilani Mei Mireille Nadia Naledi Nilufar Noor Oyelaran Priya Rana Rukmini Sakura Saoirse Sefa "
    "Shirin Sunita Tamar Thandiwe Wanjiru Ximena Yaretzi Yetunde Yuki Zainab Zarina Zhen Ayelet Marisol Tuyet"
).split()
EXTRA_MALE = (
    "Adebayo Amir Arjun Bao Chidi Dawit Emeka Farhan Haruto Hamza Ikenna Jun Kwame Kofi Mateus Mehmet Musa "
    "Nikhil Obinna Omar Ravi Rustam Santiago Sione Tariq Tenzin Thabo Wei Yaw Yusuf Zhang Rangi Kaveh Darius "
    "Akira Ilyas Joaquin Tupac Anand Kenji Babajide Oisin Lachlan Teodor"
).split()
EXTRA_LAST = (
    "Abara Achebe Adeyemi Agarwal Ahn Akinyemi Alvarado Amponsah Bhattacharya Chen Chowdhury Dlamini Eze "
    "Fonoti Gonzaga Haddad Hoang Iwu Jafari Kamau Karimi Kariuki Kaur Khumalo Kobayashi Lin Mahlangu Menon "
    "Mensah Mwangi Nakamura Ndlovu Ngata Nguyen Nwosu Obi Ochieng Okafor Okonkwo Onyango Osei Owusu Park "
    "Qureshi Rahman Rao Sadeghi Sato Sharma Takahashi Tanaka Tiwari Tran Wanjiku Watanabe Xu Yamamoto "
    "Yilmaz Zhao Castellanos Quispe Mamani Huaman Tupou Kealoha Whaanga"
).split()


NEUTRAL = (
    "Alex Sam Robin Kim Jordan Kai Rowan Ari Eden Noa Sasha Jules Remy Quinn Avery Emerson Hollis Marlowe "
    "Sage Tenley Ellis Rain Shiloh Oakley Linden Wren Arin Nikita Toby Dana Morgan Kiran Jesse Blair"
).split()


def _provider(kind: str, loc: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{loc}").Provider
    except ImportError:
        return None


def _clean(names) -> list[str]:
    return sorted({n for n in names if n and " " not in n and "-" not in n and n.isalpha() and len(n) > 1})


@lru_cache(maxsize=1)
def pools() -> dict[str, tuple[str, ...]]:
    female, male, neutral, last, cities = set(EXTRA_FEMALE), set(EXTRA_MALE), set(), set(EXTRA_LAST), set()
    for loc in _LOCALES:
        p = _provider("person", loc)
        if p is not None:
            female.update(getattr(p, "first_names_female", ()) or ())
            male.update(getattr(p, "first_names_male", ()) or ())
            neutral.update(getattr(p, "first_names_nonbinary", ()) or ())
            last.update(getattr(p, "last_names", ()) or ())
        a = _provider("address", loc)
        if a is not None:
            cities.update(getattr(a, "cities", ()) or ())
    f, m = _clean(female), _clean(male)
    both = set(f) & set(m)  # ambiguous across locales: left out rather than guessed
    return {
        "female": tuple(n for n in f if n not in both),
        "male": tuple(n for n in m if n not in both),
        "neutral": tuple(sorted(set(NEUTRAL) | set(_clean(neutral)) - set(f) - set(m))),
        "last": tuple(_clean(last)),
        "city": tuple(_clean(cities)),
    }
