package com.morningbackcoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What certification looks at beside the model: the icons, the privacy policy and terms written for this skill, and
 * the URLs in {@code skill.json} that point at where the deployer hosts them (README.md, "Hosting").
 */
class PublishingTest {

    /** The placeholder for the hosting base URL, replaced by the deployer as README.md says. */
    static final String HOSTING_PLACEHOLDER = "https://HOSTING_BASE_URL";
    static final Path PRIVACY = Path.of("docs/privacy.html");
    static final Path TERMS = Path.of("docs/terms.html");
    static final Path SMALL_ICON = Path.of("skill-package/assets/images/icon-108.png");
    static final Path LARGE_ICON = Path.of("skill-package/assets/images/icon-512.png");

    private final JsonNode manifest = read(SkillPackageTest.MANIFEST).path("manifest");

    @Test
    void hostedUrls_shouldShareOneHttpsBase_andNameFilesOfThisRepository() {
        Map<String, Path> urls = new LinkedHashMap<>();
        manifest.path("publishingInformation").path("locales").properties().forEach(locale -> {
            urls.put(locale.getValue().path("smallIconUri").asText(), SMALL_ICON);
            urls.put(locale.getValue().path("largeIconUri").asText(), LARGE_ICON);
        });
        manifest.path("privacyAndCompliance").path("locales").properties().forEach(locale -> {
            urls.put(locale.getValue().path("privacyPolicyUrl").asText(), PRIVACY);
            urls.put(locale.getValue().path("termsOfUseUrl").asText(), TERMS);
        });

        Set<String> bases = new TreeSet<>();
        urls.forEach((url, file) -> {
            String suffix = "/" + file.toString().replace('\\', '/');
            assertThat(url).as(url).startsWith("https://").endsWith(suffix).doesNotContain("example.com");
            assertThat(file).as(url).isRegularFile();
            bases.add(url.substring(0, url.length() - suffix.length()));
        });
        assertThat(bases).as("one hosting base for icons, privacy policy and terms").hasSize(1);
    }

    @Test
    void icons_shouldBeOpaquePngsAtTheTwoSizesAlexaAsksFor() throws IOException {
        for (Map.Entry<Path, Integer> icon : Map.of(SMALL_ICON, 108, LARGE_ICON, 512).entrySet()) {
            assertThat(Files.readAllBytes(icon.getKey())).as(icon.getKey().toString())
                    .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            BufferedImage image = ImageIO.read(icon.getKey().toFile());

            assertThat(image.getWidth()).as(icon.getKey().toString()).isEqualTo(icon.getValue());
            assertThat(image.getHeight()).as(icon.getKey().toString()).isEqualTo(icon.getValue());
            assertThat(image.getColorModel().hasAlpha()).as(icon.getKey() + " has no transparency").isFalse();
        }
        assertThat(Path.of("docs/icon.svg")).as("the icons' one source").isRegularFile();
    }

    @Test
    void privacyPolicy_shouldSayWhatIsStored_whatIsNot_andHowToDeleteIt() throws IOException {
        String policy = Files.readString(PRIVACY);

        assertThat(policy).contains("Morning Back Coach")
                .contains("streak", "place in today's routine", "pace", "length", "time zone", "Reminder IDs")
                .contains("answers to the self-check", "pain", "voice", "name, e-mail address")
                .contains("delete my data", "Disable Skill");
    }

    @Test
    void documents_shouldCarryTheHealthNotice_andLinkEachOther() throws IOException {
        String policy = Files.readString(PRIVACY);
        String terms = Files.readString(TERMS);

        for (String document : new String[] {policy, terms}) {
            assertThat(document).contains("not a substitute for professional medical", "not for emergencies: call",
                    "local emergency number");
        }
        assertThat(terms).contains("href=\"privacy.html\"");
    }

    @Test
    void readme_shouldSayHowToRenderTheIconsAndWhereToHostTheFiles() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains("tools/icons/render.sh", HOSTING_PLACEHOLDER, "PUBLISHER_NAME", "CONTACT_EMAIL");
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
