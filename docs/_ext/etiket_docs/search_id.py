"""Search for the Indonesian edition: Snowball's Indonesian stemmer, with the handbook's words.

Sphinx has no Indonesian search language and would fall back to English, whose Porter
stemmer cuts Indonesian words wrongly ("tulis" becomes "tuli"). This one cuts words with
the Snowball Indonesian stemmer, so that "mewawancarai", "pewawancara" and "wawancara" meet
in one index entry, and corrects it where it gets the handbook's words wrong:

- ``KEPT_WORDS`` are words it would cut though nothing in them is an affix ("terima" is no
  "ter-" + "ima"); they, and their forms with "-nya", "-lah" and the like, stay whole;
- ``ROOT_OF`` gives the root of forms it cuts in the wrong place ("bertanya" is "tanya");
- ``PREFIXED_ROOTS`` are roots whose first letter a prefix swallows or changes ("menulis"
  is "tulis", "memasukkan" is "masuk"): Snowball cannot tell "menulis" from a root "ulis",
  so it is told which roots the handbook has;
- ``OTHER_NAMES`` are the other names readers give what the handbook calls by one name
  ("menindaklanjuti" for "menanyakan kabar").

The reader's query is cut in the browser by the same rules: Sphinx ships Snowball's stemmer
in JavaScript, and search_id.js applies the corrections this module hands it as data, so a
word typed into the search box meets the index entry its page's word was filed under.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import snowballstemmer
import sphinx
from sphinx.application import Sphinx
from sphinx.search import SearchLanguage

# Function words: no reader looks for them, and the stemmer would file some of them with
# words that mean something ("tetapi" with "tetap", "tersebut" with "sebut"). Kept short on
# purpose, because a word on this list can never be found.
# fmt: off
STOP_WORDS = frozenset({
    "ada", "adalah", "agar", "akan", "atau", "bagi", "bahwa", "dalam", "dan", "dari", "dengan",
    "di", "hingga", "ini", "itu", "juga", "ke", "kepada", "maka", "oleh", "pada", "para",
    "saat", "sebagai", "serta", "sudah", "telah", "untuk", "yang",
    "berapa", "beberapa", "ketika", "menurut", "mereka", "seperti", "terhadap", "tersebut",
    "tetapi",
})

# Words Snowball cuts as if they had an affix, with what it makes of them. Each is kept
# because the cut files it with another word ("masalah" with "masa"), or apart from its own
# forms ("sampai" apart from "sampaikan", which Snowball files under "sampai"), or under a
# piece of itself no reader types.
KEPT_WORDS = frozenset({
    "terima",      # "ima", while "diterima" gets "terima"
    "setelah",     # "sete": this "-lah" is no particle
    "masalah",     # "masa", a period of time
    "istilah",     # "isti"
    "pertama",     # "tama"
    "perintah",    # "intah": "baris perintah", the command line
    "pemerintah",  # "perintah", a command
    "beranda",     # "anda", the reader, on every page
    "berikut",     # "ikut", to join
    "kembali",     # "mbali"
    "halaman",     # "halam"
    "lebaran",     # "lebar", wide
    "sampai",      # "sampa", while "sampaikan" gets "sampai"
    "sesuai",      # "sesua", while "sesuaikan" gets "sesuai"
    "selesai",     # "selesa"
    "nilai",       # "nila", while "bernilai" gets "nilai"
    "keluarga",    # "luarga"
    "kelompok",    # "lompok"
    "keliru",      # "liru"
    "menteri",     # "teri"
    "metode",      # "tode"
})

# Forms Snowball cuts in the wrong place, with their root and what Snowball makes of them.
ROOT_OF = {
    "bertanya": "tanya",            # "berta": this "-nya" is no possessive
    "berikan": "beri",              # "ikan", a fish
    "berlaku": "laku",              # "berla": this "-ku" is no possessive
    "tindakan": "tindak",           # "tinda"
    "kembalian": "kembali",         # "mbali", apart from "kembali", which is kept
    "pascawawancara": "wawancara",  # itself: Snowball knows no "pasca-" (after)
    "nunggu": "tunggu",             # the echo in "menunggu-nunggu" (waiting and waiting)
}

# Roots whose first letter a prefix swallows ("menulis", "mengirim", "perencana") or, for
# "mem-" and "pem-", turns into the "p" Snowball then assumes ("memasukkan" is "masuk", not
# "pasuk"). Each is the stem the root's other forms in the handbook get.
PREFIXED_ROOTS = frozenset({
    "kabar", "kata", "kembali", "kenal", "ketahu", "ketik", "kira", "kirim", "konfirmasi",
    "masuk", "minta", "muat", "mula", "muncul",
    "nanti", "nilai",
    "rencana",
    "tambah", "tampil", "tanda", "tanya", "taruh", "tawar", "tegas", "telepon", "tentu", "terima",
    "temu", "terus", "tetap", "timbang", "tinggal", "tolak", "tulis", "tunggu", "tutup",
})
# fmt: on

# How a prefix spells a root's first letter: the prefix, what Snowball leaves of the letter
# once it has cut the prefix ("" when it leaves nothing), and the letter. Longer prefixes
# first; a root starting with a vowel keeps Snowball's stem ("mengajak" is "ajak").
PREFIX_SOUNDS = (
    ("meng", "", "k"),
    ("peng", "", "k"),
    ("men", "", "t"),
    ("pen", "", "t"),
    ("men", "", "n"),
    ("pen", "", "n"),
    ("mem", "p", "m"),
    ("pem", "p", "m"),
    ("per", "", "r"),
)
VOWELS = "aeiou"

# Endings Snowball takes off every word before anything else (particles, then possessives),
# so a kept word or a listed form with one of them is still that word.
PARTICLES = ("lah", "kah", "pun")
POSSESSIVES = ("nya", "ku", "mu")

# What the handbook calls by one name, and the other names readers use for it. A page is
# also filed under the handbook's name wherever it uses another, and a query for another
# name looks for the handbook's.
OTHER_NAMES = {
    "menindaklanjuti": "menanyakan kabar",
    "tindak lanjut": "menanyakan kabar",
}

_SNOWBALL = snowballstemmer.stemmer("indonesian")
_WORD = re.compile(r"\w+")
_SPHINX_STEMMERS = Path(sphinx.package_dir) / "search" / "minified-js"
_SCRIPT = Path(__file__).with_name("search_id.js")


def _fixed(word: str) -> str | None:
    """The stem a kept word or a listed form has, also with a particle or possessive."""
    for form in _without_endings(word):
        if form in KEPT_WORDS:
            return form
        if form in ROOT_OF:
            return ROOT_OF[form]
    return None


def _without_endings(word: str) -> list[str]:
    forms = [word]
    for endings in (PARTICLES, POSSESSIVES):
        ending = next((end for end in endings if forms[-1].endswith(end)), None)
        if ending is not None and len(forms[-1]) > len(ending):
            forms.append(forms[-1][: -len(ending)])
    return forms


def _prefixed_root(word: str, cut: str) -> str:
    """The listed root a prefix hid in ``word``, if ``cut`` (Snowball's stem) lost it."""
    for prefix, left, letter in PREFIX_SOUNDS:
        if not cut.startswith(left):
            continue
        rest = cut[len(left) :]
        if not rest or (not left and rest[0] not in VOWELS):
            continue
        if word.startswith(prefix + rest) and letter + rest in PREFIXED_ROOTS:
            return letter + rest
    return cut


def stem(word: str) -> str:
    """The index entry ``word`` is filed under; search_id.js does the same in the browser."""
    word = word.lower()
    if word in STOP_WORDS:
        return word
    fixed = _fixed(word)
    if fixed is not None:
        return fixed
    cut = _prefixed_root(word, _SNOWBALL.stemWord(word))
    # A word whose stem is a function word ("keadaan", "ada") would never be found.
    return word if cut in STOP_WORDS else cut


def _name_stems(name: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in _WORD.findall(name))


def index_words(text: str) -> list[str]:
    """The words of ``text``, and the handbook's name for what another name in it names."""
    words = _WORD.findall(text)
    stems = [stem(word) for word in words]
    for other, handbook in OTHER_NAMES.items():
        name = _name_stems(other)
        if any(tuple(stems[i : i + len(name)]) == name for i in range(len(stems))):
            words += _WORD.findall(handbook)
    return words


def javascript() -> str:
    """Snowball's stemmer as Sphinx ships it, and search_id.js with this module's data."""
    data = {
        "kept": sorted(KEPT_WORDS),
        "rootOf": ROOT_OF,
        "prefixedRoots": sorted(PREFIXED_ROOTS),
        "prefixSounds": PREFIX_SOUNDS,
        "vowels": VOWELS,
        "endings": [PARTICLES, POSSESSIVES],
        "otherNames": [
            [_name_stems(other), _WORD.findall(handbook)] for other, handbook in OTHER_NAMES.items()
        ],
    }
    return "\n".join(
        [
            (_SPHINX_STEMMERS / "base-stemmer.js").read_text(encoding="utf-8"),
            (_SPHINX_STEMMERS / "indonesian-stemmer.js").read_text(encoding="utf-8"),
            f"var etiketIndonesian = {json.dumps(data, ensure_ascii=False)};",
            _SCRIPT.read_text(encoding="utf-8"),
        ]
    )


class SearchIndonesian(SearchLanguage):
    """Snowball's Indonesian stemmer with the handbook's corrections, both in Python and JS."""

    lang = "id"
    language_name = "Indonesian"
    stopwords = STOP_WORDS

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        # Sphinx writes this into language_data.js; it defines Stemmer and splitQuery.
        self.js_stemmer_code = javascript()

    def stem(self, word: str) -> str:
        return stem(word)

    def split(self, input: str) -> list[str]:
        return index_words(input)


def setup_search(app: Sphinx) -> None:
    app.add_search_language(SearchIndonesian)
