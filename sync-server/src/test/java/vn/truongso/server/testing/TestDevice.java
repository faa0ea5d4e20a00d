package vn.truongso.server.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import tools.jackson.databind.JsonNode;
import vn.truongso.core.trust.ProtocolHeaders;
import vn.truongso.core.trust.RequestSignature;
import vn.truongso.server.http.ServerJson;

/**
 * An enrolled PC in a test, doing what the app does: its own EC P-256 key, a CSR, the enrolment call, and then
 * signed requests that always present the newest token ({@code TS-Next-Token} is adopted from every answer).
 * {@link #request} builds one request with any header changed, for the refusal tests; {@link #copy} is a clone.
 */
public final class TestDevice {
    private final TestServer server;
    private final KeyPair keys;
    private final UUID deviceId;
    private final UUID schoolId;
    private final X509Certificate certificate;
    private final X509Certificate caCertificate;
    private String token;
    private java.net.URI base;

    private TestDevice(TestServer server, KeyPair keys, UUID deviceId, UUID schoolId, X509Certificate certificate,
                       X509Certificate caCertificate, String token) {
        this.server = server;
        this.keys = keys;
        this.deviceId = deviceId;
        this.schoolId = schoolId;
        this.certificate = certificate;
        this.caCertificate = caCertificate;
        this.token = token;
    }

    /** Enrols a new PC with {@code code}; fails the test when the server refuses. */
    static TestDevice enrol(TestServer server, String code, String name) {
        KeyPair keys = newKeyPair();
        HttpResponse<String> response = server.postJson("/v2/enrol", enrolBody(code, name, csr(keys), 1));
        if (response.statusCode() != 200) {
            throw new AssertionError("enrolment refused: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = ServerJson.MAPPER.readTree(response.body());
        return new TestDevice(server, keys, UUID.fromString(body.get("deviceId").asString()),
                UUID.fromString(body.get("schoolId").asString()), certificate(body.get("certificate").asString()),
                certificate(body.get("caCertificate").asString()), body.get("syncToken").asString());
    }

    public static String enrolBody(String code, String name, String csrBase64, long firstSeq) {
        return ServerJson.MAPPER.writeValueAsString(java.util.Map.of("code", code, "name", name, "csr", csrBase64,
                "firstSeq", firstSeq));
    }

    public UUID id() {
        return deviceId;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public String token() {
        return token;
    }

    /** This PC talking to another server instance on the same database (behind a load balancer, say). */
    public TestDevice via(java.net.URI otherServer) {
        TestDevice moved = new TestDevice(server, keys, deviceId, schoolId, certificate, caCertificate, token);
        moved.base = otherServer;
        return moved;
    }

    /** Another PC with this one's identity, key and current token: a cloned disk or a restored backup. */
    public TestDevice copy() {
        return new TestDevice(server, keys, deviceId, schoolId, certificate, caCertificate, token);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return request("GET", pathAndQuery, new byte[0]).send();
    }

    public HttpResponse<String> postJson(String path, String json) {
        return request("POST", path, json.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** A signed request with this device's current values, each of which a test may change before sending. */
    public SignedRequest request(String method, String pathAndQuery, byte[] body) {
        return new SignedRequest(method, pathAndQuery, body);
    }

    /** One request under construction; {@link #send} signs it (unless a signature was set) and sends it. */
    public final class SignedRequest {
        private final String method;
        private final String pathAndQuery;
        private final byte[] body;
        private String protocol = Integer.toString(ProtocolHeaders.CURRENT_PROTOCOL);
        private String device = deviceId.toString();
        private long time = System.currentTimeMillis();
        private String requestToken = token;
        private KeyPair signingKeys = keys;
        private byte[] signedBody;
        private boolean adoptNextToken = true;

        private SignedRequest(String method, String pathAndQuery, byte[] body) {
            this.method = method;
            this.pathAndQuery = pathAndQuery;
            this.body = body;
            this.signedBody = body;
        }

        /** null = no TS-Protocol header at all. */
        public SignedRequest protocol(String value) {
            this.protocol = value;
            return this;
        }

        public SignedRequest device(String value) {
            this.device = value;
            return this;
        }

        public SignedRequest time(long millis) {
            this.time = millis;
            return this;
        }

        public SignedRequest token(String value) {
            this.requestToken = value;
            return this;
        }

        public SignedRequest signedBy(KeyPair other) {
            this.signingKeys = other;
            return this;
        }

        /** Signs these bytes but sends the request's body: a body changed in transit. */
        public SignedRequest signBody(byte[] other) {
            this.signedBody = other;
            return this;
        }

        /** Sends without taking the answer's TS-Next-Token: a reply that was lost on the way. */
        public SignedRequest loseReply() {
            this.adoptNextToken = false;
            return this;
        }

        public HttpResponse<String> send() {
            String[] parts = pathAndQuery.split("\\?", 2);
            int signedProtocol = protocol == null ? 0 : Integer.parseInt(protocol);
            byte[] signature = RequestSignature.of(signedProtocol, method,
                    RequestSignature.target(parts[0], parts.length > 1 ? parts[1] : null), time, requestToken,
                    signedBody).sign(signingKeys.getPrivate());
            HttpRequest.Builder builder = HttpRequest.newBuilder(base == null ? server.uri(pathAndQuery)
                            : base.resolve(pathAndQuery))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header(ProtocolHeaders.DEVICE, device)
                    .header(ProtocolHeaders.TIME, Long.toString(time))
                    .header(ProtocolHeaders.TOKEN, requestToken)
                    .header(ProtocolHeaders.SIGNATURE, Base64.getEncoder().encodeToString(signature));
            if (protocol != null) {
                builder.header(ProtocolHeaders.PROTOCOL, protocol);
            }
            if (body.length > 0) {
                builder.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = server.send(builder);
            if (adoptNextToken) {
                response.headers().firstValue(ProtocolHeaders.NEXT_TOKEN).ifPresent(next -> token = next);
            }
            return response;
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#10 request for {@code keys}, base64 of DER, as the app makes it. */
    public static String csr(KeyPair keys) {
        try {
            byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=ignored by the server"),
                    keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
            return Base64.getEncoder().encodeToString(der);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate certificate(String base64Der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
