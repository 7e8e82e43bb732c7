package org.opencohesion.rdf.testing;

import java.net.URI;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.RemoteService;
import org.opencohesion.rdf.store.RemoteStore;

/**
 * A real Apache Jena Fuseki server in the test JVM, on loopback, over an in-memory TDB2 dataset
 * at {@code /ds}. It can be stopped and started again on the same port with the same data, as an
 * operator restarting the server would.
 */
public final class FusekiFixture implements AutoCloseable {
    private final DatasetGraph data;
    private final boolean unionDefaultGraph;
    private final Path passwordFile;
    private final String user;
    private FusekiServer server;
    private int port;

    /** @param unionDefaultGraph whether the server's default graph is the union of its named graphs */
    public FusekiFixture(boolean unionDefaultGraph) {
        this(unionDefaultGraph, null, null);
    }

    /**
     * A server that lets in only {@code user}, by HTTP basic authentication with the password in
     * {@code passwordFile} (Jetty's format: {@code user: password} per line).
     */
    public FusekiFixture(boolean unionDefaultGraph, String user, Path passwordFile) {
        this.unionDefaultGraph = unionDefaultGraph;
        this.user = user;
        this.passwordFile = passwordFile;
        this.data = DatabaseMgr.createDatasetGraph();
        if (unionDefaultGraph) {
            data.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        start();
    }

    /** Starts the server (again), on the port it had before if it ran already. */
    public void start() {
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(port).add("/ds", data);
        if (user != null) {
            builder.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific(user));
        }
        server = builder.build().start();
        port = server.getHttpPort();
    }

    public void stop() {
        server.stop();
    }

    public URI datasetUrl() {
        return URI.create("http://localhost:" + port + "/ds");
    }

    public boolean unionDefaultGraph() {
        return unionDefaultGraph;
    }

    /** The dataset as the server holds it, to check what a failed request left behind. */
    public DatasetGraph data() {
        return data;
    }

    public RemoteService service() {
        return new RemoteService(datasetUrl(), datasetUrl(), null, null);
    }

    /** A new node on this server. */
    public RemoteStore connect(Uris uris, Duration checkInterval) {
        return RemoteStore.connect(service(), uris, checkInterval);
    }

    @Override
    public void close() {
        server.stop();
    }
}
