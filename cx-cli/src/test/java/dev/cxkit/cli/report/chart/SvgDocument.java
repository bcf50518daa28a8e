package dev.cxkit.cli.report.chart;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

/** A chart's SVG parsed as XML (so it must be well formed), queried by element and class. */
final class SvgDocument {

    private final Document document;

    SvgDocument(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception malformed) {
            throw new AssertionError("not well-formed SVG: " + malformed.getMessage(), malformed);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Elements {@code tag} whose class list holds {@code cssClass}. */
    NodeList all(String tag, String cssClass) {
        try {
            return (NodeList) XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(
                            "//*[" + ("*".equals(tag) ? "true()" : "local-name()='" + tag + "'")
                                    + " and contains(concat(' ', @class, ' '), ' "
                                    + cssClass + " ')]",
                            document,
                            XPathConstants.NODESET);
        } catch (Exception bad) {
            throw new AssertionError(bad);
        }
    }

    int count(String tag, String cssClass) {
        return all(tag, cssClass).getLength();
    }

    Element first(String tag, String cssClass) {
        return (Element) all(tag, cssClass).item(0);
    }
}
