#include "image/metadata/XmpPacket.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {
constexpr char nsX[] = "adobe:ns:meta/";
constexpr char nsRdf[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr char nsDc[] = "http://purl.org/dc/elements/1.1/";
constexpr char nsXmp[] = "http://ns.adobe.com/xap/1.0/";
constexpr char nsIptcExt[] = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
constexpr char nsIb[] = "https://imagebridge.app/ns/1.0/";
constexpr char nsXml[] = "http://www.w3.org/XML/1998/namespace";

// XML 1.0 cannot carry most control characters, not even escaped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            out.append(c);
    }
    return out;
}
} // namespace

QByteArray XmpPacket::build(const QString &description, const QString &creatorTool,
                            const QDateTime &created, const QByteArray &record)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    // The packet wrapper: a byte-order mark in `begin`, and the id every XMP packet uses.
    w.writeProcessingInstruction(QStringLiteral("xpacket"),
                                 QStringLiteral("begin=\"") + QChar(0xfeff) +
                                     QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeNamespace(QLatin1String(nsX), QStringLiteral("x"));
    w.writeNamespace(QLatin1String(nsRdf), QStringLiteral("rdf"));
    w.writeNamespace(QLatin1String(nsDc), QStringLiteral("dc"));
    w.writeNamespace(QLatin1String(nsXmp), QStringLiteral("xmp"));
    w.writeNamespace(QLatin1String(nsIptcExt), QStringLiteral("Iptc4xmpExt"));
    w.writeNamespace(QLatin1String(nsIb), QStringLiteral("ib"));
    w.writeStartElement(QLatin1String(nsX), QStringLiteral("xmpmeta"));
    w.writeStartElement(QLatin1String(nsRdf), QStringLiteral("RDF"));
    w.writeStartElement(QLatin1String(nsRdf), QStringLiteral("Description"));
    w.writeAttribute(QLatin1String(nsRdf), QStringLiteral("about"), QString());
    w.writeAttribute(QLatin1String(nsXmp), QStringLiteral("CreatorTool"), xmlSafe(creatorTool));
    if (created.isValid())
        w.writeAttribute(QLatin1String(nsXmp), QStringLiteral("CreateDate"),
                         created.toUTC().toString(Qt::ISODate));
    w.writeAttribute(QLatin1String(nsIptcExt), QStringLiteral("DigitalSourceType"),
                     QLatin1String(aiGeneratedSourceType));
    if (!record.isEmpty())
        w.writeAttribute(QLatin1String(nsIb), QStringLiteral("record"),
                         xmlSafe(QString::fromUtf8(record)));
    w.writeStartElement(QLatin1String(nsDc), QStringLiteral("description"));
    w.writeStartElement(QLatin1String(nsRdf), QStringLiteral("Alt"));
    w.writeStartElement(QLatin1String(nsRdf), QStringLiteral("li"));
    w.writeAttribute(QLatin1String(nsXml), QStringLiteral("lang"), QStringLiteral("x-default"));
    w.writeCharacters(xmlSafe(description));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // Description
    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"r\""));
    return xml;
}

XmpPacket::Contents XmpPacket::parse(const QByteArray &packet)
{
    Contents contents;
    QXmlStreamReader r(packet);
    bool inDescription = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView ns = r.namespaceUri();
            const QStringView name = r.name();
            if (ns == QLatin1String(nsRdf) && name == QLatin1String("Description")) {
                const QXmlStreamAttributes a = r.attributes();
                if (a.hasAttribute(QLatin1String(nsXmp), QLatin1String("CreatorTool")))
                    contents.creatorTool =
                        a.value(QLatin1String(nsXmp), QLatin1String("CreatorTool")).toString();
                if (a.hasAttribute(QLatin1String(nsIptcExt), QLatin1String("DigitalSourceType")))
                    contents.digitalSourceType =
                        a.value(QLatin1String(nsIptcExt), QLatin1String("DigitalSourceType"))
                            .toString();
                // "metadata" is what earlier ImageBridge releases wrote into WebP files.
                for (const char *attribute : {"record", "metadata"}) {
                    if (contents.record.isEmpty() &&
                        a.hasAttribute(QLatin1String(nsIb), QLatin1String(attribute)))
                        contents.record =
                            a.value(QLatin1String(nsIb), QLatin1String(attribute)).toUtf8();
                }
            } else if (ns == QLatin1String(nsDc) && name == QLatin1String("description")) {
                inDescription = true;
            } else if (inDescription && ns == QLatin1String(nsRdf) && name == QLatin1String("li") &&
                       contents.description.isEmpty()) {
                contents.description = r.readElementText(QXmlStreamReader::SkipChildElements);
            }
        } else if (r.isEndElement() && r.namespaceUri() == QLatin1String(nsDc) &&
                   r.name() == QLatin1String("description")) {
            inDescription = false;
        }
    }
    return contents;
}
