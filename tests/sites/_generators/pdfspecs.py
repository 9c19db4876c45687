import sys
sys.path.insert(0, "/tmp/gen")
from pdftexts1 import *
from pdftexts2 import *
from pdftexts3 import *
from pdftexts4 import *


def blocks(text):
    out, para = [], []
    def flush():
        if para:
            out.append({"text": " ".join(para)})
            para.clear()
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            out.append({"heading": line.lstrip("#").strip()})
        else:
            para.append(line)
    flush()
    return out


def spec(d):
    s = {k: v for k, v in d.items() if k != "text"}
    s.setdefault("corrupt", False)
    s.setdefault("encrypted", False)
    s["blocks"] = blocks(d["text"])
    return s

ALL = {
    "cofabrik_fiche": COFABRIK_FICHE, "cofabrik_parcours": COFABRIK_PARCOURS,
    "denain": DENAIN_FICHE, "immo_corrupt": IMMO_CORRUPT, "eco_n1": ECO_QUARTIERS_N1,
    "echos17": ECHOS_17, "guide_immo": GUIDE_IMMO,
    "statuts": STATUTS_2017, "pole_ess": POLE_ESS, "citeslab": BILAN_CITESLAB,
}
SPECS = {k: spec(v) for k, v in ALL.items()}
