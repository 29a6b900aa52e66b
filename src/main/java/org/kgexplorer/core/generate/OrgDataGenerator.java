package org.kgexplorer.core.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Makes ORG-shaped data in the bundled ontology's terms, as much as asked for and the same for the same seed:
 * countries, issues and meetings first, then agencies one after another, each belonging to a country, sometimes a
 * component of an earlier agency, taking part in one to three task forces through memberships with a role
 * (prosecutors, agents, analysts), bound by a commitment or pledge that addresses an issue, and two of its facts
 * reified with a supporting sentence (the evidence model of ADR 2). Streaming: only the fixed vocabulary is held, so
 * ten million triples need no more memory than a thousand. Every triple is different from every other.
 */
public final class OrgDataGenerator {
    /** Where the generated resources live. */
    public static final String NS = "https://kgexplorer.org/generated/";
    private static final String KGX = "https://kgexplorer.org/ontology#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String VOID = "http://rdfs.org/ns/void#";
    /** A new task force comes with every this many agencies. */
    private static final int AGENCIES_PER_TASK_FORCE = 8;

    private static final String[] SYLLABLES = {"val", "dor", "ia", "mar", "ten", "sol", "qua", "ri", "bel", "nor",
        "os", "lan", "ca", "ver", "du", "mio", "sar", "te", "gal", "ena"};
    private static final String[][] FIELDS = {
        {"Border Protection", "Protección Fronteriza"}, {"Customs", "Aduanas"},
        {"Narcotics Control", "Control de Narcóticos"}, {"Financial Intelligence", "Inteligencia Financiera"},
        {"Maritime Security", "Seguridad Marítima"}, {"Migration", "Migración"}, {"Public Health", "Salud Pública"},
        {"Cyber Crime", "Ciberdelincuencia"}, {"Arms Control", "Control de Armas"}, {"Prosecution", "Fiscalía"}};
    private static final String[][] ISSUES = {
        {"Fentanyl", "Fentanilo"}, {"Arms trafficking", "Tráfico de armas"},
        {"Human smuggling", "Tráfico ilícito de migrantes"}, {"Money laundering", "Lavado de dinero"},
        {"Cyber crime", "Ciberdelincuencia"}, {"Irregular migration", "Migración irregular"},
        {"Corruption", "Corrupción"}, {"Maritime piracy", "Piratería marítima"},
        {"Wildlife trafficking", "Tráfico de fauna"}, {"Drug abuse", "Abuso de drogas"},
        {"Extortion", "Extorsión"}, {"Kidnapping", "Secuestro"}};
    private static final String[] GREEK = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"};
    private static final String[][] ROLES = {
        {"ProsecutorRole", "prosecutors", "fiscales"}, {"AgentRole", "agents", "agentes"},
        {"AnalystRole", "analysts", "analistas"}};

    private final long seed;
    private final long target;
    private final int countries;
    private final int meetings;

    private StreamRDF out;
    private SplittableRandom random;
    private long emitted;
    private String[] countryNames;
    private long offset;

    /**
     * A generator of about {@code triples} triples (at least that many, at most one agency's worth more).
     *
     * @param seed    the same seed and size give the same data, byte for byte once written
     * @param triples how many triples to make, at least 1,000
     */
    public OrgDataGenerator(long seed, long triples) {
        if (triples < 1_000) {
            throw new IllegalArgumentException("the generator makes at least 1000 triples, not " + triples);
        }
        this.seed = seed;
        this.target = triples;
        this.countries = (int) Math.max(8, Math.min(500, triples / 5_000));
        this.meetings = (int) Math.max(2, Math.min(500, triples / 20_000));
    }

    /** Sends the data to {@code sink} (started and finished here) and returns how many triples it sent. */
    public synchronized long generate(StreamRDF sink) {
        out = sink;
        random = new SplittableRandom(seed);
        emitted = 0;
        offset = 0;
        sink.start();
        prefixes();
        header();
        for (long agency = 0; emitted < target; agency++) {
            agency(agency);
        }
        sink.finish();
        out = null;
        return emitted;
    }

    /**
     * Writes the data to {@code file}, N-Triples or Turtle by its name ({@code .nt}, {@code .ttl}, either with
     * {@code .gz} for gzip), whole or not at all, and returns how many triples it wrote.
     */
    public long write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String bare = gzip ? name.substring(0, name.length() - 3) : name;
        RDFFormat format;
        if (bare.endsWith(".nt")) {
            format = RDFFormat.NTRIPLES;
        } else if (bare.endsWith(".ttl")) {
            format = RDFFormat.TURTLE_BLOCKS;
        } else {
            throw new IllegalArgumentException(file + ": name the file .nt or .ttl (with .gz for gzip)");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".generated", ".tmp");
        try {
            long count;
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 OutputStream bytes = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                count = generate(StreamRDFWriter.getWriterStream(bytes, format));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void prefixes() {
        out.prefix("gen", NS);
        out.prefix("kgx", KGX);
        out.prefix("rdf", RDF.getURI());
        out.prefix("rdfs", RDFS.getURI());
        out.prefix("skos", SKOS.getURI());
        out.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        out.prefix("prov", PROV);
        out.prefix("dcterms", DCTerms.getURI());
        out.prefix("void", VOID);
    }

    private void header() {
        Node dataset = gen("GeneratedDataset");
        String title = "Generated ORG-shaped data, seed " + seed + ", about " + target + " triples";
        add(dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(dataset, DCTerms.title.asNode(), en(title));
        labels(dataset, title, "Datos generados con la forma de ORG, semilla " + seed + ", unas " + target + " tripletas");

        Node document = gen("SourceDocument");
        add(document, RDF.type.asNode(), kgx("SourceDocument"));
        labels(document, "Generated source document", "Documento fuente generado");

        for (int i = 0; i < ISSUES.length; i++) {
            Node issue = gen("issue-" + i);
            add(issue, RDF.type.asNode(), kgx(i < 3 ? "Threat" : "Issue"));
            labels(issue, ISSUES[i][0], ISSUES[i][1]);
        }
        countryNames = new String[countries];
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < countries; c++) {
            String name = countryName();
            while (!taken.add(name)) {
                name = countryName();
            }
            countryNames[c] = name;
            Node country = gen("country-" + c);
            add(country, RDF.type.asNode(), kgx("Country"));
            labels(country, countryNames[c], countryNames[c]);
        }
        for (int m = 0; m < meetings; m++) {
            Node meeting = gen("meeting-" + m);
            int c = random.nextInt(countries);
            add(meeting, RDF.type.asNode(), kgx("Meeting"));
            labels(meeting, "Security meeting " + (m + 1) + " in " + countryNames[c],
                    "Reunión de seguridad " + (m + 1) + " en " + countryNames[c]);
            add(meeting, kgx("occurredIn"), gen("country-" + c));
            add(meeting, kgx("date"), NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%04d-%02d-%02d",
                    2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)), XSDDatatype.XSDdate));
        }
    }

    /** A name of two to four syllables (8,000 and more of them: enough for the 500 countries at most). */
    private String countryName() {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    private void agency(long i) {
        int c = random.nextInt(countries);
        String[] field = FIELDS[random.nextInt(FIELDS.length)];
        String nameEn = countryNames[c] + " " + field[0] + " Agency " + (i + 1);
        String nameEs = "Agencia de " + field[1] + " de " + countryNames[c] + " " + (i + 1);
        Node agency = gen("agency-" + i);
        add(agency, RDF.type.asNode(), kgx("Agency"));
        labels(agency, nameEn, nameEs);
        add(agency, kgx("belongsToCountry"), gen("country-" + c));
        if (i >= AGENCIES_PER_TASK_FORCE && random.nextInt(10) < 3) {
            add(agency, kgx("isComponentOf"), gen("agency-" + random.nextLong(i)));
        }
        if (i % AGENCIES_PER_TASK_FORCE == 0) {
            taskForce(i / AGENCIES_PER_TASK_FORCE);
        }

        long taskForces = i / AGENCIES_PER_TASK_FORCE + 1;
        int memberships = (int) Math.min(taskForces, 1 + random.nextInt(3));
        long first = random.nextLong(taskForces);
        long step = 1 + (taskForces > 1 ? random.nextLong(taskForces - 1) : 0);
        String sentenceText = null;
        Node firstTaskForce = null;
        for (int m = 0; m < memberships; m++) {
            // first, first + step, first + 2 step (mod n): different task forces unless step is a multiple of n
            long tf = (first + m * step) % taskForces;
            if (m > 0 && tf == first) {
                break;
            }
            String[] role = ROLES[random.nextInt(ROLES.length)];
            Node taskForce = gen("taskforce-" + tf);
            Node membership = gen("membership-" + i + "-" + m);
            add(membership, RDF.type.asNode(), kgx("Membership"));
            add(membership, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    capitalized(role[1]) + " of " + nameEn + " in " + taskForceName(tf), "en"));
            add(membership, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    capitalized(role[2]) + " de " + nameEs + " en " + taskForceNameEs(tf), "es"));
            add(membership, kgx("member"), agency);
            add(membership, kgx("organization"), taskForce);
            add(membership, kgx("role"), kgx(role[0]));
            add(agency, kgx("takesPartIn"), taskForce);
            if (m == 0) {
                firstTaskForce = taskForce;
                sentenceText = nameEn + " takes part in " + taskForceName(tf) + " with its " + role[1] + ".";
            }
        }

        Node obligation = gen("obligation-" + i);
        boolean pledge = random.nextBoolean();
        int issueIndex = random.nextInt(ISSUES.length);
        String[] issue = ISSUES[issueIndex];
        Node issueNode = gen("issue-" + issueIndex);
        add(obligation, RDF.type.asNode(), kgx(pledge ? "Pledge" : "Commitment"));
        labels(obligation, (pledge ? "Pledge" : "Commitment") + " of " + nameEn + " on " + issue[0].toLowerCase(Locale.ROOT),
                (pledge ? "Promesa" : "Compromiso") + " de " + nameEs + " sobre " + issue[1].toLowerCase(Locale.ROOT));
        add(obligation, kgx("boundParty"), agency);
        add(obligation, kgx("addresses"), issueNode);
        add(obligation, kgx("madeAt"), gen("meeting-" + random.nextInt(meetings)));

        String quote = sentenceText + " It " + (pledge ? "pledged" : "committed") + " to act on "
                + issue[0].toLowerCase(Locale.ROOT) + ".";
        Node sentence = sentence(i, quote);
        statement(gen("stmt-" + i + "-member"), agency, kgx("takesPartIn"), firstTaskForce, sentence);
        statement(gen("stmt-" + i + "-bound"), obligation, kgx("boundParty"), agency, sentence);
    }

    private void taskForce(long k) {
        Node taskForce = gen("taskforce-" + k);
        add(taskForce, RDF.type.asNode(), kgx("TaskForce"));
        labels(taskForce, taskForceName(k), taskForceNameEs(k));
        add(taskForce, kgx("operatesIn"), gen("country-" + random.nextInt(countries)));
        add(taskForce, kgx("focusesOn"), gen("issue-" + random.nextInt(ISSUES.length)));
    }

    private static String taskForceName(long k) {
        return "Joint Task Force " + GREEK[(int) (k % GREEK.length)] + " " + (k + 1);
    }

    private static String taskForceNameEs(long k) {
        return "Fuerza de Tarea Conjunta " + GREEK[(int) (k % GREEK.length)] + " " + (k + 1);
    }

    private Node sentence(long i, String quote) {
        Node sentence = gen("sentence-" + i);
        add(sentence, RDF.type.asNode(), kgx("SourceSentence"));
        String shortQuote = quote.length() > 60 ? quote.substring(0, 60) + "…" : quote;
        add(sentence, RDFS.label.asNode(), NodeFactory.createLiteralLang("Sentence " + (i + 1) + ": " + shortQuote, "en"));
        add(sentence, kgx("quote"), NodeFactory.createLiteralLang(quote, "en"));
        add(sentence, kgx("startOffset"), integer(offset));
        add(sentence, kgx("endOffset"), integer(offset + quote.codePointCount(0, quote.length())));
        add(sentence, kgx("sentenceNumber"), integer(i + 1));
        add(sentence, uri(PROV + "wasQuotedFrom"), gen("SourceDocument"));
        offset += quote.codePointCount(0, quote.length()) + 1;
        return sentence;
    }

    private void statement(Node statement, Node subject, Node predicate, Node object, Node sentence) {
        add(statement, RDF.type.asNode(), RDF.Statement.asNode());
        add(statement, RDF.subject.asNode(), subject);
        add(statement, RDF.predicate.asNode(), predicate);
        add(statement, RDF.object.asNode(), object);
        add(statement, kgx("supportedBy"), sentence);
        add(statement, kgx("basis"), kgx("SourceText"));
    }

    private void labels(Node subject, String english, String spanish) {
        add(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(english, "en"));
        add(subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(spanish, "es"));
        add(subject, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(english, "en"));
    }

    private void add(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
        emitted++;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node gen(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node kgx(String local) {
        return NodeFactory.createURI(KGX + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
