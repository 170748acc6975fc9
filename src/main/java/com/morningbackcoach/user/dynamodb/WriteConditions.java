package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.user.StoredProfile;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The condition a profile write carries: the store holds exactly the state the change was computed from. */
final class WriteConditions {

    /**
     * What each attribute is read as when an item lacks it (a profile stored before the attribute existed): for those
     * attributes, absent and this value stand for the same profile.
     */
    private static final Map<String, AttributeValue> READ_WHEN_ABSENT = readWhenAbsent();

    private WriteConditions() {
    }

    static Expression expecting(String userId, StoredProfile expected) {
        if (expected instanceof StoredProfile.Present present) {
            return whole(ProfileItems.toItem(userId, present.profile()));
        }
        if (expected instanceof StoredProfile.Deleted deleted) {
            return Expression.builder().expression("#d = :d")
                    .expressionNames(Map.of("#d", UserTable.DELETED_AT))
                    .expressionValues(Map.of(":d", AttributeValue.fromS(deleted.at().toString())))
                    .build();
        }
        return Expression.builder().expression("attribute_not_exists(#pk)")
                .expressionNames(Map.of("#pk", UserTable.PARTITION_KEY)).build();
    }

    /**
     * Every attribute of the schema equal to {@code item}'s, or absent where the item has none or holds what an absent
     * attribute is read as.
     */
    static Expression whole(ProfileItem item) {
        Map<String, AttributeValue> present = ProfileItem.SCHEMA.itemToMap(item, true);
        List<String> terms = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        int index = 0;
        for (String attribute : ProfileItem.SCHEMA.attributeNames()) {
            String name = "#a" + index;
            names.put(name, attribute);
            AttributeValue value = present.get(attribute);
            if (value == null) {
                terms.add("attribute_not_exists(" + name + ")");
            } else {
                String placeholder = ":v" + index;
                values.put(placeholder, value);
                terms.add(value.equals(READ_WHEN_ABSENT.get(attribute))
                        ? "(attribute_not_exists(" + name + ") OR " + name + " = " + placeholder + ")"
                        : name + " = " + placeholder);
            }
            index++;
        }
        return Expression.builder().expression(String.join(" AND ", terms))
                .expressionNames(names).expressionValues(values).build();
    }

    private static Map<String, AttributeValue> readWhenAbsent() {
        String nobody = "";
        ProfileItem bare = new ProfileItem();
        bare.setPk(UserTable.partitionKey(nobody));
        bare.setSk(UserTable.PROFILE_SORT_KEY);
        Map<String, AttributeValue> read = new HashMap<>(
                ProfileItem.SCHEMA.itemToMap(ProfileItems.toItem(nobody, ProfileItems.toProfile(bare)), true));
        read.keySet().removeAll(List.of(UserTable.PARTITION_KEY, UserTable.SORT_KEY));
        return Map.copyOf(read);
    }
}
