package vn.truongso.server.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.server.db.schema.Tables.SIGNING_PKI;

import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.truongso.core.signatures.pades.LongTermSigner;
import vn.truongso.core.signatures.pades.SignatureBox;
import vn.truongso.core.signatures.pades.SignatureRequest;
import vn.truongso.core.signatures.pades.VisibleSignature;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.pki.SchoolSigningPki.PrincipalName;
import vn.truongso.core.signatures.verify.DocumentReport;
import vn.truongso.core.signatures.verify.PadesLevel;
import vn.truongso.core.signatures.verify.PdfSignatureVerifier;
import vn.truongso.core.signatures.verify.TrustSettings;
import vn.truongso.core.signatures.verify.Verdict;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestServer;
import vn.truongso.server.trust.MasterKey;

/** The schools' signing keys in the database: encrypted at rest, signing transcripts, revoking. */
class SigningPkisTest {

    @OnBothDatabases
    void theKeystoreIsEncryptedAtRestAndOpensOnlyWithTheMasterKey(TestServer server) {
        School school = server.newSchool();
        SchoolSigningPki made = TsaRoutesTest.pkis(server).create(school, Optional.empty(), KeyAlgorithm.EC_P256);

        byte[] stored = server.context().database().dsl().select(SIGNING_PKI.KEYSTORE).from(SIGNING_PKI)
                .where(SIGNING_PKI.SCHOOL_ID.eq(school.id())).fetchOne(SIGNING_PKI.KEYSTORE);
        SigningPkis otherServer = new SigningPkis(server.context().database(), MasterKey.random(),
                server.context().clock());

        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(school.name()).doesNotContain("Document CA");
        assertThat(indexOf(stored, Certificates.der(made.root()))).isNegative();
        assertThatThrownBy(() -> otherServer.find(school.id())).hasMessageContaining("does not open");
        assertThat(TsaRoutesTest.pkis(server).find(school.id()).orElseThrow().root()).isEqualTo(made.root());
    }

    @OnBothDatabases
    void theServerSignsATranscriptAtLongTermLevelAndRevocationShowsOnTheCrl(TestServer server) {
        School school = server.newSchool();
        SigningPkis pkis = TsaRoutesTest.pkis(server);
        SchoolSigningPki pki = pkis.create(school, Optional.of(new PrincipalName("Lê Văn Bình", "Hiệu trưởng")),
                KeyAlgorithm.RSA_2048);
        LongTermSigner signer = new SchoolSigning(pkis, server.context().clock()).longTermSigner(school);
        Instant now = server.context().clock().instant();

        byte[] byPrincipal = signer.sign(OnePagePdf.create("Học bạ — Trần Thị Mai, lớp 12A1"),
                pki.principal().orElseThrow(), SignatureRequest.invisible(now, "Phê duyệt", "Lào Cai")
                        .withVisible(VisibleSignature.person(SignatureBox.onLastPage(320, 60, 230, 70), "Hiệu trưởng")));
        byte[] bySeal = signer.sign(byPrincipal, pki.seal(), SignatureRequest.invisible(now, "Đóng dấu", "Lào Cai")
                .withVisible(VisibleSignature.schoolSeal(SignatureBox.onLastPage(50, 50, 250, 90), "Dấu")));
        DocumentReport report = new PdfSignatureVerifier(TrustSettings.roots(List.of(pki.root())))
                .verify(bySeal, Instant.now());

        assertThat(report.verdict()).as(report.problems().toString()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).extracting(s -> s.level()).containsExactly(PadesLevel.B_LT, PadesLevel.B_LT);

        X509CRL before = pkis.crl(school);
        pkis.revoke(school, pki.principal().orElseThrow().certificate().getSerialNumber());
        X509CRL after = pkis.crl(school);
        assertThat(before.isRevoked(pki.principal().orElseThrow().certificate())).isFalse();
        assertThat(after.isRevoked(pki.principal().orElseThrow().certificate())).isTrue();
        assertThat(after.isRevoked(pki.seal().certificate())).isFalse();
    }

    @OnBothDatabases
    void aSchoolHasOnePkiAndImportedKeysReplaceIt(TestServer server) {
        School school = server.newSchool();
        SigningPkis pkis = TsaRoutesTest.pkis(server);
        pkis.create(school, Optional.empty(), KeyAlgorithm.EC_P256);
        SchoolSigningPki fromRealCa = SchoolSigningPki.create("Sở GD&ĐT Lào Cai", "SO-LC", Optional.empty(),
                KeyAlgorithm.EC_P256, Instant.now());
        SchoolSigningPki withoutCaKey = new SchoolSigningPki(Optional.empty(), fromRealCa.seal(), fromRealCa.tsa(),
                Optional.empty());

        assertThatThrownBy(() -> pkis.create(school, Optional.empty(), KeyAlgorithm.EC_P256))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has");
        pkis.replace(school, withoutCaKey);

        assertThat(pkis.require(school).root()).isEqualTo(fromRealCa.root());
        assertThatThrownBy(() -> pkis.crl(school)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("imported");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
