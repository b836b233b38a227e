import Foundation

/// Messages laid out as real clients write them (headers, boundaries, encodings as sent), for
/// the parser, matcher and cross-check tests. `bytes` gives CRLF line ends where the client
/// sends them (Outlook, Gmail over SMTP); the others keep LF as a local mailbox does.
enum MailFixtures {
    static func bytes(_ text: String, crlf: Bool = false) -> [UInt8] {
        Array((crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text).utf8)
    }

    /// Thunderbird: multipart/mixed holding multipart/alternative (flowed plain + HTML) and a
    /// PDF attachment; a folded Subject and Content-Type; a "Last, First" quoted display name.
    static let thunderbird = """
        Message-ID: <8f2c1a3e-4b5d-4e6f-9a7b-1c2d3e4f5a6b@rapport.example>
        Date: Tue, 1 Dec 2026 10:15:00 +0100
        MIME-Version: 1.0
        User-Agent: Mozilla Thunderbird
        Content-Language: en-US
        To: Giulia Rossi <giulia.rossi@acme.example>
        Cc: "Bianchi, Marco" <marco.bianchi@acme.example>
        From: Sam Seller <sam@rapport.example>
        Subject: Proposal for the new
         warehouse
        Content-Type: multipart/mixed;
         boundary="------------0pPSNS1mZ2Vl8r2h3jQ4kL5m"

        This is a multi-part message in MIME format.
        --------------0pPSNS1mZ2Vl8r2h3jQ4kL5m
        Content-Type: multipart/alternative;
         boundary="------------aB3dE5fG7hI9jK1lM3nO5pQ7"

        --------------aB3dE5fG7hI9jK1lM3nO5pQ7
        Content-Type: text/plain; charset=UTF-8; format=flowed
        Content-Transfer-Encoding: 8bit

        Hi Giulia,

        here is the proposal we discussed on Monday, with the prices for the\u{20}
        second phase. Shall we talk on Thursday?

        Best,
        Sam

        --\u{20}
        Sam Seller, Rapport Ltd.

        --------------aB3dE5fG7hI9jK1lM3nO5pQ7
        Content-Type: text/html; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        <html><body><p>Hi Giulia,</p><p>here is the proposal</p></body></html>

        --------------aB3dE5fG7hI9jK1lM3nO5pQ7--
        --------------0pPSNS1mZ2Vl8r2h3jQ4kL5m
        Content-Type: application/pdf; name="proposal.pdf"
        Content-Disposition: attachment; filename="proposal.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K

        --------------0pPSNS1mZ2Vl8r2h3jQ4kL5m--

        """

    /// Gmail: multipart/alternative, quoted-printable UTF-8 with soft line breaks, a Q-encoded
    /// subject, a B-encoded display name, the reply's quote below an attribution line.
    static let gmail = """
        MIME-Version: 1.0
        Date: Wed, 2 Dec 2026 08:03:11 -0800
        Message-ID: <CAF=kq3+Zx1YwT9p0QbUu2vVw_Jq8@mail.gmail.com>
        Subject: =?UTF-8?Q?Re=3A_Caf=C3=A9_order_=E2=80=93_next_steps?=
        From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <juergen.mueller@gmail.com>
        To: Sam Seller <sam@rapport.example>
        Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"

        --000000000000a1b2c3d4e5f60718
        Content-Type: text/plain; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        Hi Sam,

        Thanks =E2=80=94 we'd like 40 bags of the Ethiopian blend, delivered befo=
        re the 15th. Please send the invoice to accounts@m=C3=BCller-kaffee.example=
        .

        J=C3=BCrgen

        On Tue, Dec 1, 2026 at 10:15=E2=80=AFAM Sam Seller <sam@rapport.example> wr=
        ote:

        > Hi J=C3=BCrgen,
        > here are the prices.
        >

        --000000000000a1b2c3d4e5f60718
        Content-Type: text/html; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        <div dir=3D"ltr">Hi Sam,<div><br></div><div>Thanks</div></div>

        --000000000000a1b2c3d4e5f60718--

        """

    /// Outlook: windows-1252 quoted-printable (curly apostrophe, en dash, euro sign), CRLF,
    /// ISO-8859-1 encoded-word display name, an encoded-word inside a subject, the reply header
    /// block Outlook puts under its underscore line.
    static let outlook = """
        From: =?iso-8859-1?Q?Fran=E7ois_Dupont?= <Francois.Dupont@Contoso.example>
        To: "'Sam Seller'" <sam@rapport.example>
        Subject: RE: Renewal =?windows-1252?Q?=96_2027?=
        Thread-Topic: Renewal - 2027
        Thread-Index: AQHZabcdEFGHijklMNOPqrstUVWXyz==
        Date: Thu, 3 Dec 2026 14:22:05 +0000
        Message-ID:
         <AM0PR01MB1234567ABCDEF@AM0PR01MB1234.eurprd01.prod.exchangelabs.com>
        Accept-Language: fr-FR, en-US
        Content-Language: fr-FR
        Content-Type: multipart/alternative;
        \tboundary="_000_AM0PR01MB1234567ABCDEF_"
        MIME-Version: 1.0

        --_000_AM0PR01MB1234567ABCDEF_
        Content-Type: text/plain; charset="Windows-1252"
        Content-Transfer-Encoding: quoted-printable

        Hello Sam,

        We=92ll renew for 2027 =96 the budget is =80 12,000.

        Regards,
        Fran=E7ois

        ________________________________
        From: Sam Seller <sam@rapport.example>
        Sent: Wednesday, December 2, 2026 9:00 AM
        To: Fran=E7ois Dupont <Francois.Dupont@Contoso.example>
        Subject: Renewal - 2027

        Hello Fran=E7ois, shall we renew?

        --_000_AM0PR01MB1234567ABCDEF_
        Content-Type: text/html; charset="Windows-1252"
        Content-Transfer-Encoding: quoted-printable

        <html><body><p>Hello Sam,</p></body></html>

        --_000_AM0PR01MB1234567ABCDEF_--

        """

    /// Apple Mail: base64 UTF-8 plain part, tab-folded parameters, a comment in MIME-Version,
    /// a mixed-case address, and a subject split between two B words inside a character.
    static let appleMail = """
        From: Anna Schmidt <Anna.Schmidt@ICLOUD.com>
        Content-Type: multipart/alternative;
        \tboundary="Apple-Mail=_6A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D"
        Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
        Subject: =?utf-8?B?R3LD?=
         =?utf-8?B?vMOfZSBhdXMgS8O2bG4g4oCTIGJpcyBGcmVpdGFn?=
        Date: Fri, 4 Dec 2026 17:45:12 +0100
        To: Sam Seller <sam@rapport.example>
        Message-Id: <5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9@icloud.com>
        X-Mailer: Apple Mail (2.3774.600.62)


        --Apple-Mail=_6A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D
        Content-Transfer-Encoding: base64
        Content-Type: text/plain;
        \tcharset=utf-8

        SGFsbG8gU2FtLAoKRnJlaXRhZyB1bSAxNCBVaHIgcGFzc3QgbWlyIGd1dC4gQmlzIGRhbm4hCgpH
        csO8w59lCkFubmEK

        --Apple-Mail=_6A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D
        Content-Transfer-Encoding: quoted-printable
        Content-Type: text/html;
        \tcharset=utf-8

        <html><body>Hallo Sam,</body></html>
        --Apple-Mail=_6A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D--

        """

    /// mutt: a single 8-bit ISO-8859-1 part (so `latin1Bytes`), a To folded over two lines with
    /// a Q word inside an unquoted display name.
    static let mutt = """
        Date: Sat, 5 Dec 2026 09:00:00 +0100
        From: Sam Seller <sam@rapport.example>
        To: =?iso-8859-1?Q?Bj=F6rn?= Larsson <bjorn@larsson.example>,
        \t"Dr. Eva Lind" <eva.lind@larsson.example>
        Subject: Meeting notes
        Message-ID: <20261205080000.GA12345@laptop.rapport.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=iso-8859-1
        Content-Disposition: inline
        Content-Transfer-Encoding: 8bit
        User-Agent: Mutt/2.2.12 (2023-09-09)

        Björn, Eva: här är anteckningarna från mötet.
        Nästa steg: offert före fredag.

        --\u{20}
        Sam

        """

    static var muttBytes: [UInt8] { Array(mutt.data(using: .isoLatin1) ?? Data()) }

    /// A message with no text/plain part at all: HTML only, with a style sheet, entities and a
    /// quoted reply.
    static let htmlOnly = """
        From: "Shop Team" <team@shop.example>
        To: sam@rapport.example
        Subject: Your order has shipped
        Date: Sun, 6 Dec 2026 07:30:00 GMT
        Message-ID: <order-123@shop.example>
        MIME-Version: 1.0
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        <html><head><title>Order</title><style>p { color: red; }</style></head>
        <body><p>Hello&nbsp;Sam,</p>
        <p>Your order <b>#123</b> has shipped &amp; will arrive on
           Monday&#8201;&#x2014; track it <a href=3D"https://shop.example/t">here</a>.</p>
        <blockquote>earlier message</blockquote><div>Thanks!</div></body></html>

        """
}
