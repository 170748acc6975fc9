package com.morningbackcoach.user.dynamodb;

/** The key every stored item has: the user's partition and the item's sort key; see {@link UserTable}. */
public abstract class KeyedItem {

    private String pk;
    private String sk;

    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }
}
