package vn.truongso.core.signatures;

import java.io.IOException;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginException;

/**
 * The keys on one PKCS#11 token (a USB token, an HSM; SoftHSM2 in tests), signed in with the holder's PIN.
 *
 * <p>The token is chosen by its position in the library's slot list ({@code slotListIndex}), not by slot id:
 * slot ids are the driver's business (SoftHSM2 makes them random). The provider is not added to the JVM's
 * provider list; signatures go to it by reference ({@link SigningKey#provider()}). Keys stay usable until
 * {@link #close()} signs out.
 */
public final class Pkcs11Keys implements AutoCloseable {
    private static final AtomicInteger PROVIDERS = new AtomicInteger();

    private final AuthProvider provider;
    private final KeyStore store;
    private boolean closed;

    private Pkcs11Keys(AuthProvider provider, KeyStore store) {
        this.provider = provider;
        this.store = store;
    }

    /**
     * Signs in to the token at {@code slotListIndex} of the PKCS#11 library at {@code library} (an absolute path).
     * The {@code pin} array is wiped before this returns, whatever happens.
     *
     * @throws KeyAccessException LIBRARY_MISSING, LIBRARY_UNUSABLE, NO_TOKEN, WRONG_PIN, PIN_LOCKED,
     *                            PIN_NOT_CHECKED or TOKEN_FAILURE
     */
    public static Pkcs11Keys open(String library, int slotListIndex, char[] pin) {
        AuthProvider provider;
        try {
            provider = provider(library, slotListIndex);
            signIn(provider, pin, slotListIndex);
        } finally {
            Arrays.fill(pin, '\0');
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, null); // signed in already: this only reads the token's objects
            return new Pkcs11Keys(provider, store);
        } catch (GeneralSecurityException | IOException | ProviderException e) {
            signOut(provider);
            throw new KeyAccessException(KeyAccessException.Problem.TOKEN_FAILURE,
                    "cannot read the keys on the token: " + e.getMessage(), e);
        }
    }

    /** The keys that have a certificate on the token (a key without one is not listed: it cannot sign). */
    public List<KeyEntry> keys() {
        List<KeyEntry> keys = new ArrayList<>();
        for (String alias : keyAliases()) {
            Certificate certificate = call(() -> store.getCertificate(alias));
            if (certificate instanceof X509Certificate x509) {
                keys.add(KeyEntry.of(alias, x509));
            }
        }
        return keys;
    }

    /** The key named {@code alias} with the certificate chain stored on the token. */
    public SigningKey signingKey(String alias) {
        return signingKey(alias, List.of());
    }

    /**
     * The key named {@code alias}, its chain completed with {@code issuers} (read with
     * {@link CertificateChains#read}) where the token holds only part of it.
     */
    public SigningKey signingKey(String alias, Collection<X509Certificate> issuers) {
        ensureOpen();
        List<String> aliases = keyAliases();
        if (aliases.isEmpty()) {
            throw new KeyAccessException(KeyAccessException.Problem.NO_KEY,
                    "the token holds no key with a certificate; a key is usable only once its certificate is stored "
                            + "on the token with it");
        }
        if (!aliases.contains(alias)) {
            throw new KeyAccessException(KeyAccessException.Problem.NO_SUCH_KEY,
                    "no key named '" + alias + "' on the token; it holds " + aliases);
        }
        PrivateKey key = (PrivateKey) call(() -> store.getKey(alias, null));
        Certificate[] chain = call(() -> store.getCertificateChain(alias));
        if (chain == null || chain.length == 0) {
            throw new KeyAccessException(KeyAccessException.Problem.KEY_WITHOUT_CERTIFICATE,
                    "the key '" + alias + "' has no certificate on the token");
        }
        List<X509Certificate> stored = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
        return new SigningKey(key, CertificateChains.complete(stored, issuers), Optional.of(provider));
    }

    public Provider provider() {
        return provider;
    }

    /** Signs out of the token; the keys handed out stop working. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        signOut(provider);
    }

    private static void signOut(AuthProvider provider) {
        try {
            provider.logout();
        } catch (LoginException e) {
            throw new KeyAccessException(KeyAccessException.Problem.TOKEN_FAILURE,
                    "cannot sign out of the token: " + e.getMessage(), e);
        }
    }

    private static AuthProvider provider(String library, int slotListIndex) {
        String config = "--name=TruongSo-" + PROVIDERS.incrementAndGet() + "\n"
                + "library = \"" + library.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "slotListIndex = " + slotListIndex + "\n";
        try {
            return (AuthProvider) Security.getProvider("SunPKCS11").configure(config);
        } catch (RuntimeException e) {
            throw Pkcs11Errors.loading(e, library, slotListIndex);
        }
    }

    /**
     * Signs in with our own callback, so we know whether the token asked for the PIN at all. PKCS#11 keeps one
     * sign-in per token per process: had another part of this program signed in already, the token would take any
     * PIN. That must not pass for "the holder typed her PIN", so it is refused.
     */
    private static void signIn(AuthProvider provider, char[] pin, int slotListIndex) {
        boolean[] asked = {false};
        try {
            provider.login(null, callbacks -> {
                for (Callback callback : callbacks) {
                    if (!(callback instanceof PasswordCallback password)) {
                        throw new UnsupportedCallbackException(callback);
                    }
                    asked[0] = true;
                    password.setPassword(pin); // copied by the callback; the provider wipes its copy
                }
            });
        } catch (LoginException e) {
            throw Pkcs11Errors.signingIn(e, slotListIndex);
        }
        if (!asked[0]) {
            throw new KeyAccessException(KeyAccessException.Problem.PIN_NOT_CHECKED,
                    "the token did not ask for the PIN: this program is signed in to it already (close that use "
                            + "first), so the PIN could not be checked");
        }
    }

    private List<String> keyAliases() {
        ensureOpen();
        List<String> aliases = new ArrayList<>();
        for (String alias : Collections.list(call(store::aliases))) {
            if (call(() -> store.isKeyEntry(alias))) {
                aliases.add(alias);
            }
        }
        return aliases;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("signed out of the token already");
        }
    }

    private interface TokenCall<T> {
        T call() throws GeneralSecurityException;
    }

    private static <T> T call(TokenCall<T> call) {
        try {
            return call.call();
        } catch (GeneralSecurityException | ProviderException e) {
            throw new KeyAccessException(KeyAccessException.Problem.TOKEN_FAILURE,
                    "the token failed: " + e.getMessage(), e);
        }
    }
}
