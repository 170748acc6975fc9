package com.morningbackcoach.app;

import com.morningbackcoach.conversation.Activity;
import com.morningbackcoach.conversation.Dialog;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.SessionKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every question a feature defines can be found again from its id, and no two session keys share a name. */
class DialogRegistryTest {

    private static final Path CLASSES = Path.of("target/classes");
    private final Dialog dialog = SkillFactory.dialog();

    @Test
    void everyQuestionAFeatureDefines_shouldBeRegistered_underItsOwnId() {
        List<Question> defined = skillClasses().stream()
                .filter(type -> type.isEnum() && Question.class.isAssignableFrom(type))
                .flatMap(type -> Stream.of(type.getEnumConstants()).map(Question.class::cast))
                .toList();

        assertThat(defined).isNotEmpty().allSatisfy(question ->
                assertThat(dialog.question(question.id())).as(question.id()).containsSame(question));
        assertThat(defined.stream().map(Question::id)).doesNotHaveDuplicates();
    }

    @Test
    void everyActivity_shouldBeRegistered_andResumeWithARegisteredQuestion() {
        List<Activity<?>> activities = staticFieldsOf(Activity.class).stream().<Activity<?>>map(a -> a).toList();

        assertThat(activities).isNotEmpty().allSatisfy(activity -> {
            assertThat(dialog.activity(activity.kind())).containsSame(activity);
            assertThat(dialog.question(activity.resume().id())).containsSame(activity.resume());
        });
    }

    @Test
    void sessionKeyNames_shouldBeUnique() {
        Map<String, Integer> uses = new HashMap<>();
        staticFieldsOf(SessionKey.class).forEach(key -> uses.merge(key.name(), 1, Integer::sum));
        staticFieldsOf(Activity.class).forEach(activity -> uses.merge(activity.kind(), 1, Integer::sum));

        assertThat(uses).isNotEmpty().allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> staticFieldsOf(Class<T> type) {
        List<T> values = new ArrayList<>();
        for (Class<?> owner : skillClasses()) {
            for (Field field : owner.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && type.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        values.add((T) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return values;
    }

    private static List<Class<?>> skillClasses() {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("com/morningbackcoach"))) {
            return files.map(CLASSES::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("/local/") && !name.contains("package-info"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(DialogRegistryTest::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, true, DialogRegistryTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
