package org.kgexplorer.cli;

import java.io.Console;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kgexplorer.core.remote.Endpoint;
import org.kgexplorer.core.remote.EndpointException;
import org.kgexplorer.core.remote.RemoteStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * A SPARQL 1.1 endpoint as the data (cli.md, ADR 40): where it is and how to reach it. The secret comes from
 * KGX_PASSWORD or KGX_TOKEN, or from the terminal without echo; never from the command line.
 */
final class EndpointOptions {
    /** The options that read local data: a usage error beside --endpoint (cli.md). */
    private static final List<String> LOCAL_ONLY = List.of("--data", "--no-default", "--lenient", "--base", "--store",
            "--inference");

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL 1.1 endpoint (http or https) to answer from, instead of loading files.")
    String url;

    @Option(names = "--auth", paramLabel = "none|basic|bearer", defaultValue = "none",
            description = "How to authenticate to the endpoint: basic takes --user and KGX_PASSWORD, bearer takes "
                    + "KGX_TOKEN; without the variable the secret is asked on the terminal (default: ${DEFAULT-VALUE}).")
    String auth;

    @Option(names = "--user", paramLabel = "NAME", description = "The user name for --auth basic.")
    String user;

    @Option(names = "--cacert", paramLabel = "FILE",
            description = "Trust the PEM certificates in this file (a team's self-signed server) instead of the system's.")
    Path caCert;

    @Option(names = "--proxy", paramLabel = "URL",
            description = "Reach the endpoint through this http proxy (default: the JVM's proxy properties, "
                    + "such as -Dhttps.proxyHost).")
    String proxy;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Whether the data is an endpoint. */
    boolean given() {
        return url != null;
    }

    /**
     * Checks the options against each other: without --endpoint its companions are usage errors, with it the
     * options that read local data are.
     */
    void check() throws CliFailure {
        ParseResult parsed = spec.commandLine().getParseResult();
        if (!given()) {
            for (String companion : List.of("--auth", "--user", "--cacert", "--proxy")) {
                if (parsed.hasMatchedOption(companion)) {
                    throw new CliFailure(ExitCode.USAGE, companion + " is for --endpoint URL");
                }
            }
            return;
        }
        List<String> clashing = new ArrayList<>();
        for (String option : LOCAL_ONLY) {
            if (parsed.hasMatchedOption(option)) {
                clashing.add(option);
            }
        }
        if (!clashing.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, String.join(", ", clashing) + " cannot be used with --endpoint: "
                    + "the endpoint's data is on the server, which reasons as it is configured");
        }
        Endpoint.Auth scheme = scheme();
        if (scheme == Endpoint.Auth.BASIC && (user == null || user.isEmpty())) {
            throw new CliFailure(ExitCode.USAGE, "--auth basic needs --user NAME (the password comes from KGX_PASSWORD)");
        }
        if (scheme != Endpoint.Auth.BASIC && user != null) {
            throw new CliFailure(ExitCode.USAGE, "--user is for --auth basic");
        }
        endpointUrl();
        proxyUrl();
    }

    /**
     * The store over the endpoint, its own requests under {@code timeoutMillis} (when positive); the secret is read
     * now. Call {@link #check()} first.
     */
    RemoteStore open(long timeoutMillis) throws CliFailure {
        Endpoint.Auth scheme = scheme();
        String secret = scheme == Endpoint.Auth.NONE ? null : secret(scheme);
        Endpoint endpoint = new Endpoint(endpointUrl(), scheme, user, secret, caCert, proxyUrl());
        try {
            return new RemoteStore(endpoint, timeoutMillis);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, "--cacert " + e.getMessage());
        }
    }

    /** An endpoint's failure, outside a query, as the command line ends with it. */
    static CliFailure failure(EndpointException e) {
        return new CliFailure(switch (e.kind()) {
            case REJECTED -> ExitCode.USAGE;
            case UNAVAILABLE, UNAUTHORIZED -> ExitCode.DATA;
            case TIMEOUT -> ExitCode.TIMEOUT;
        }, e.getMessage());
    }

    private Endpoint.Auth scheme() throws CliFailure {
        return switch (auth.toLowerCase(Locale.ROOT)) {
            case "none" -> Endpoint.Auth.NONE;
            case "basic" -> Endpoint.Auth.BASIC;
            case "bearer" -> Endpoint.Auth.BEARER;
            default -> throw new CliFailure(ExitCode.USAGE, "unknown --auth '" + auth + "': use none, basic or bearer");
        };
    }

    private URI endpointUrl() throws CliFailure {
        URI uri = httpUrl("--endpoint", url);
        if (uri.getRawUserInfo() != null) {
            throw new CliFailure(ExitCode.USAGE, "--endpoint: put no user or password in the URL; use --auth basic "
                    + "--user NAME and KGX_PASSWORD");
        }
        return uri;
    }

    private URI proxyUrl() throws CliFailure {
        if (proxy == null) {
            return null;
        }
        URI uri = httpUrl("--proxy", proxy);
        if (uri.getRawUserInfo() != null) {
            throw new CliFailure(ExitCode.USAGE, "--proxy: a proxy that asks for a password is not supported");
        }
        return uri;
    }

    private static URI httpUrl(String option, String text) throws CliFailure {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new CliFailure(ExitCode.USAGE, option + " " + text + ": not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new CliFailure(ExitCode.USAGE, option + " " + text + ": needs an http or https URL with a host, "
                    + "such as http://localhost:3030/ds/sparql");
        }
        return uri;
    }

    /** The password or token: the environment variable, else asked on the terminal without echo. */
    private String secret(Endpoint.Auth scheme) throws CliFailure {
        String variable = scheme.variable();
        String value = environment().get(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        String what = scheme == Endpoint.Auth.BASIC ? "password" : "token";
        Console console = System.console();
        if (console == null) {
            throw new CliFailure(ExitCode.USAGE, "no " + what + ": set " + variable);
        }
        char[] typed = console.readPassword("%s", (scheme == Endpoint.Auth.BASIC ? "Password for " + user + " at " : "Token for ")
                + url + ": ");
        if (typed == null || typed.length == 0) {
            throw new CliFailure(ExitCode.USAGE, "no " + what + ": set " + variable);
        }
        return new String(typed);
    }

    private Map<String, String> environment() {
        Object root = spec.root().userObject();
        return root instanceof KgxCli cli ? cli.environment() : System.getenv();
    }
}
