using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace InterviewCoach.Load.Hosting;

/// <summary>
/// A throw-away self-signed TLS certificate for 127.0.0.1, and a PEM file of it that a child process trusts through
/// <c>SSL_CERT_FILE</c> (OpenSSL's trust-store override, honoured by .NET on Linux). Used where a client insists on
/// HTTPS even on loopback (MSAL's authority).
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private LoopbackCertificate(X509Certificate2 certificate, string pemPath)
    {
        Certificate = certificate;
        PemPath = pemPath;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate alone, PEM-encoded, in a temporary file deleted on dispose.</summary>
    public string PemPath { get; }

    public static LoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        // Kestrel on Linux wants the key exportable through a PKCS#12 round trip.
        X509Certificate2 certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        string pemPath = Path.Combine(Path.GetTempPath(), $"load-driver-{Guid.NewGuid():N}.pem");
        File.WriteAllText(pemPath, certificate.ExportCertificatePem());
        return new LoopbackCertificate(certificate, pemPath);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        File.Delete(PemPath);
    }
}
