// Jena helper for src/tools/evidence/regenerate (a maintenance tool, not part of the app).
// Run as a JDK 11+ single-file source program with Jena on the class path:
//
//   java -cp "$JENA_CLASSPATH" Tool.java nt IN.ttl OUT.nt [IN.ttl OUT.nt ...]
//       writes each Turtle file as N-Triples (Jena's own parse, for gen_evidence.py to check against)
//   java -cp "$JENA_CLASSPATH" Tool.java parse FILE...
//       loads each file and all of them together and prints the triple counts (fails on a syntax error)

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

public class Tool {
    public static void main(String[] a) throws Exception {
        if (a.length >= 3 && a[0].equals("nt") && a.length % 2 == 1) {
            for (int i = 1; i < a.length; i += 2) {
                Model m = RDFDataMgr.loadModel(a[i]);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(a[i + 1])))) {
                    RDFDataMgr.write(out, m, Lang.NTRIPLES);
                }
            }
        } else if (a.length >= 2 && a[0].equals("parse")) {
            Model all = ModelFactory.createDefaultModel();
            for (int i = 1; i < a.length; i++) {
                Model m = RDFDataMgr.loadModel(a[i]);
                System.out.println("  " + Path.of(a[i]).getFileName() + ": " + m.size() + " triples");
                all.add(m);
            }
            System.out.println("  together: " + all.size() + " triples");
        } else {
            System.err.println("usage: Tool nt IN.ttl OUT.nt [IN.ttl OUT.nt ...] | Tool parse FILE...");
            System.exit(2);
        }
    }
}
