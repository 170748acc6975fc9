package com.morningbackcoach.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a text is SSML Alexa can speak: well-formed, only Alexa's tags, breaks with a time, a speaking rate Alexa
 * takes (a named rate, or 20% to 200%), at most five sounds.
 */
public final class SsmlCheck {

    private static final Set<String> ALEXA_TAGS = Set.of("speak", "break", "audio", "prosody", "emphasis", "s", "p",
            "say-as", "sub", "lang", "phoneme", "w", "amazon:effect", "amazon:emotion", "amazon:domain", "voice");

    private SsmlCheck() {
    }

    public static void assertValidSsml(String ssml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("speak");
            NodeList all = document.getElementsByTagName("*");
            int audio = 0;
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                assertThat(ALEXA_TAGS).as("tag").contains(element.getTagName());
                if (element.getTagName().equals("break")) {
                    assertThat(element.getAttribute("time")).matches("\\d+(ms|s)");
                }
                if (element.getTagName().equals("prosody") && element.hasAttribute("rate")) {
                    assertThat(element.getAttribute("rate")).as("prosody rate")
                            .matches("x-slow|slow|medium|fast|x-fast|(2\\d|[3-9]\\d|1\\d\\d|200)%");
                }
                audio += element.getTagName().equals("audio") ? 1 : 0;
            }
            assertThat(audio).as("sounds in one response").isLessThanOrEqualTo(5);
        } catch (Exception | AssertionError e) {
            throw new AssertionError("Not valid SSML: " + ssml, e);
        }
    }
}
