"""Generate data/evidence.ttl from the '# ev:' tags in data/kg.ttl and the source text.

Normally run by src/tools/evidence/regenerate, which makes the N-Triples dumps with Jena first:

    python3 gen_evidence.py --kg-nt kg.nt --kgx-nt kgx.nt --out evidence.ttl [--root PROJECT_ROOT]

kg.nt and kgx.nt are Jena's N-Triples dumps of data/kg.ttl and ontology/kgx.ttl: the line-by-line
reading of kg.ttl below is checked against them, and the labels come from them. --root defaults to
the project root this file lives in (src/tools/evidence/ -> ../../..).
"""
import argparse
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in src/tools/evidence
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentences import split  # noqa: E402

KG = "https://kgexplorer.org/id/"
KGX = "https://kgexplorer.org/ontology#"
PREFIXES = {
    "kg": KG,
    "kgx": KGX,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "void": "http://rdfs.org/ns/void#",
}
RDF_TYPE = PREFIXES["rdf"] + "type"
ALT = PREFIXES["skos"] + "altLabel"
LABEL = PREFIXES["rdfs"] + "label"
XSD = PREFIXES["xsd"]

# labels for the non-kgx predicates that statements may be about (also declared in kgx.ttl)
EXTRA_PRED_LABELS = {
    RDF_TYPE: ("is a", "es un(a)"),
    ALT: ("is also called", "también se llama"),
    LABEL: ("has label", "tiene la etiqueta"),
    PREFIXES["skos"] + "broader": ("has broader concept", "tiene como concepto más amplio"),
}


def expand(tok):
    if tok.startswith("<") and tok.endswith(">"):
        return ("iri", tok[1:-1])
    if tok == "a":
        return ("iri", RDF_TYPE)
    if tok in ("true", "false"):
        return ("lit", tok, XSD + "boolean", None)
    m = re.fullmatch(r'"([^"]*)"(?:@([a-zA-Z-]+)|\^\^(\S+))?', tok)
    if m:
        lex, lang, dt = m.groups()
        if lang:
            return ("lit", lex, None, lang)
        if dt:
            return ("lit", lex, expand(dt)[1], None)
        return ("lit", lex, XSD + "string", None)
    if re.fullmatch(r"-?\d+", tok):
        return ("lit", tok, XSD + "integer", None)
    pfx, local = tok.split(":", 1)
    return ("iri", PREFIXES[pfx] + local)


def split_outside_quotes(text, sep):
    parts, cur, inq = [], "", False
    for ch in text:
        if ch == '"':
            inq = not inq
        if ch == sep and not inq:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def parse_tag(tag):
    """'12, 1; gk(reason)' -> ([12, 1], 'reason' or None)"""
    tag = tag.strip()
    gk = None
    m = re.search(r"gk\((.*)\)\s*$", tag)
    if m:
        gk = m.group(1)
        tag = tag[: m.start()].rstrip("; ").strip()
    nums = [int(x) for x in re.split(r"[,\s]+", tag) if x] if tag else []
    return nums, gk


def tagged_triples(path):
    """Yield ((s, p, o), sentences, gk, lineno) for each triple on a line with an '# ev:' tag."""
    subject = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("@prefix"):
            continue
        code, comment = raw, ""
        # split off a trailing comment that is outside quotes
        inq = False
        for i, ch in enumerate(raw):
            if ch == '"':
                inq = not inq
            if ch == "#" and not inq:
                code, comment = raw[:i], raw[i + 1 :]
                break
        code = code.strip()
        if not raw.startswith(" "):
            first, rest = code.split(None, 1) if " " in code else (code, "")
            subject = expand(first)
            code = rest.strip()
        if code in (".", ""):
            continue
        code = code.rstrip(";.").strip()
        if not code:
            continue
        pred_tok, objs = code.split(None, 1)
        pred = expand(pred_tok)
        objects = [expand(o.strip()) for o in split_outside_quotes(objs, ",")]
        m = re.match(r"\s*ev:(.*)$", comment)
        if not m:
            for o in objects:
                yield (subject, pred, o), None, None, lineno
            continue
        nums, gk = parse_tag(m.group(1))
        for o in objects:
            yield (subject, pred, o), nums, gk, lineno


def parse_nt(path):
    triples = []
    pat = re.compile(r'^(<[^>]+>) (<[^>]+>) (<[^>]+>|"(?:[^"\\]|\\.)*"(?:@[a-zA-Z-]+|\^\^<[^>]+>)?) \.$')
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = pat.match(line)
        assert m, line
        s, p, o = m.groups()
        if o.startswith("<"):
            on = ("iri", o[1:-1])
        else:
            lm = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(?:@([a-zA-Z-]+)|\^\^<([^>]+)>)?', o)
            lex, lang, dt = lm.groups()
            lex = lex.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in lex else lex
            on = ("lit", lex, None if lang else (dt or XSD + "string"), lang)
        triples.append((("iri", s[1:-1]), ("iri", p[1:-1]), on))
    return triples


def needs_evidence(t):
    p = t[1][1]
    return p.startswith(KGX) or p == ALT


def turtle(term):
    if term[0] == "iri":
        for pfx in ("kg", "kgx", "rdf", "rdfs", "skos", "xsd"):
            ns = PREFIXES[pfx]
            if term[1].startswith(ns) and re.fullmatch(r"[A-Za-z0-9_-]+", term[1][len(ns):]):
                return f"{pfx}:{term[1][len(ns):]}"
        return f"<{term[1]}>"
    _, lex, dt, lang = term
    assert '"' not in lex and "\\" not in lex, lex
    if lang:
        return f'"{lex}"@{lang}'
    return f'"{lex}"^^{turtle(("iri", dt))}'


def main():
    ap = argparse.ArgumentParser(description="Generate data/evidence.ttl from the '# ev:' tags in data/kg.ttl.")
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[3], help="project root")
    ap.add_argument("--kg-nt", type=Path, required=True, help="Jena's N-Triples dump of data/kg.ttl")
    ap.add_argument("--kgx-nt", type=Path, required=True, help="Jena's N-Triples dump of ontology/kgx.ttl")
    ap.add_argument("--out", type=Path, required=True, help="where to write the evidence Turtle")
    args = ap.parse_args()
    root = args.root

    text = (root / "data/sources/source-document.txt").read_text(encoding="utf-8")
    sentences = split(text)
    for n, start, end, quote in sentences:
        assert text[start:end] == quote and quote == quote.strip(), (n, start, end)
    kg_nt = parse_nt(args.kg_nt)
    kgx_nt = parse_nt(args.kgx_nt)

    labels = {}
    for s, p, o in kg_nt + kgx_nt:
        if p[1] == LABEL and o[0] == "lit":
            labels.setdefault(s[1], {})[o[3]] = o[1]
    for iri, (en, es) in EXTRA_PRED_LABELS.items():
        labels.setdefault(iri, {"en": en, "es": es})

    def label(term, lang):
        if term[0] == "lit":
            return term[1]
        return labels.get(term[1], {}).get(lang) or term[1].rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    nt_set = set(kg_nt)
    tagged = list(tagged_triples(root / "data/kg.ttl"))
    problems = []
    seen = {}
    for t, nums, gk, lineno in tagged:
        if t not in nt_set:
            problems.append(f"line {lineno}: parsed triple not in Jena's parse: {t}")
        if nums is None and gk is None:
            if needs_evidence(t):
                problems.append(f"line {lineno}: triple needs evidence but has no tag: {t}")
            continue
        for n in nums:
            if not 1 <= n <= len(sentences):
                problems.append(f"line {lineno}: no sentence {n}")
        if t in seen:
            problems.append(f"line {lineno}: triple tagged twice: {t}")
        seen[t] = (nums, gk)
    for t in kg_nt:
        if needs_evidence(t) and t not in seen:
            problems.append(f"triple needs evidence, none found: {t}")
    # every rdfs:label has a matching skos:prefLabel
    pref = {(s, o) for s, p, o in kg_nt if p[1] == PREFIXES["skos"] + "prefLabel"}
    lab = {(s, o) for s, p, o in kg_nt if p[1] == LABEL}
    if pref != lab:
        problems.append(f"prefLabel/label mismatch: {sorted(pref ^ lab)}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)

    used = sorted({n for nums, _ in seen.values() for n in nums})
    unused = [n for n, *_ in sentences if n not in used]

    out = []
    out.append("""# KG Explorer bundled graph: evidence. Generated from the '# ev:' tags in data/kg.ttl and the
# text of data/sources/source-document.txt (see data/README.md); change the tags, then regenerate.
#
# kg:SourceDocument is the source document; kg:sentence-NN are its sentences (headings are not
# sentences), each with its exact quote and code-point offsets (start inclusive, end exclusive).
# kg:stmt-NNN are rdf:Statement reifications of facts in data/kg.ttl, each supported by one or
# more sentences (kgx:supportedBy) and/or marked as general knowledge (kgx:basis).

@prefix kg:      <https://kgexplorer.org/id/> .
@prefix kgx:     <https://kgexplorer.org/ontology#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix void:    <http://rdfs.org/ns/void#> .

# This file as a dataset, so that tools can show what it holds.
kg:EvidenceDataset a void:Dataset ;
    rdfs:label "Evidence: the source sentence behind each fact"@en , "Evidencia: la oración fuente de cada hecho"@es ;
    skos:prefLabel "Evidence: the source sentence behind each fact"@en , "Evidencia: la oración fuente de cada hecho"@es ;
    dcterms:title "Evidence: the source sentence behind each fact"@en , "Evidencia: la oración fuente de cada hecho"@es ;
    dcterms:source kg:SourceDocument .

#################################################################
# The source document
#################################################################

kg:SourceDocument a kgx:SourceDocument ;
    rdfs:label "US–Mexico security cooperation after the July 12, 2022 meeting"@en , "La cooperación en seguridad entre México y Estados Unidos tras la reunión del 12 de julio de 2022"@es ;
    skos:prefLabel "US–Mexico security cooperation after the July 12, 2022 meeting"@en , "La cooperación en seguridad entre México y Estados Unidos tras la reunión del 12 de julio de 2022"@es ;
    dcterms:description "The source document supplied with the project, from which the facts of the bundled knowledge graph were taken. No author, URL or date of publication is known."@en , "El documento fuente suministrado con el proyecto, del que se tomaron los hechos del grafo de conocimiento incluido. No se conoce su autor, URL ni fecha de publicación."@es ;
    dcterms:format "text/plain; charset=UTF-8" ;
    dcterms:language "en" ;
    dcterms:extent "%d Unicode characters, %d sentences"@en ;
    kgx:textResource "data/sources/source-document.txt" .
""" % (len(text), len(sentences)))

    out.append("""#################################################################
# Sentences
#################################################################
""")
    for n, start, end, quote in sentences:
        snippet = quote if len(quote) <= 60 else quote[:57].rstrip() + "…"
        out.append(f"""kg:sentence-{n:02d} a kgx:SourceSentence ;
    rdfs:label "Sentence {n}: {snippet}"@en , "Oración {n}: {snippet}"@es ;
    kgx:quote "{quote}"@en ;
    kgx:startOffset {start} ;
    kgx:endOffset {end} ;
    kgx:sentenceNumber {n} ;
    prov:wasQuotedFrom kg:SourceDocument .
""")

    out.append("""#################################################################
# Evidence statements (one per fact of data/kg.ttl, in file order)
#################################################################
""")
    i = 0
    for t, nums, gk, lineno in tagged:
        if nums is None and gk is None:
            continue
        i += 1
        s, p, o = t
        en = f"{label(s, 'en')} {label(p, 'en')} {label(o, 'en')}"
        es = f"{label(s, 'es')} {label(p, 'es')} {label(o, 'es')}"
        lines = [f"kg:stmt-{i:03d} a rdf:Statement ;",
                 f'    rdfs:label "Statement {i}: {en}"@en , "Declaración {i}: {es}"@es ;',
                 f"    rdf:subject {turtle(s)} ;",
                 f"    rdf:predicate {turtle(p)} ;",
                 f"    rdf:object {turtle(o)} ;"]
        if nums:
            lines.append("    kgx:supportedBy " + " , ".join(f"kg:sentence-{n:02d}" for n in nums) + " ;")
        bases = (["kgx:SourceText"] if nums else []) + (["kgx:GeneralKnowledge"] if gk else [])
        lines.append("    kgx:basis " + " , ".join(bases) + (" ;" if gk else " ."))
        if gk:
            lines.append(f'    rdfs:comment "General knowledge: {gk}"@en .')
        out.append("\n".join(lines) + "\n")

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print(f"{len(sentences)} sentences, {i} statements; sentences without facts: {unused}")


if __name__ == "__main__":
    main()
