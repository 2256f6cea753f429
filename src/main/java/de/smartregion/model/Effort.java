package de.smartregion.model;

/** The cost of closing a question's gap; the cost divides the impact into the priority. */
public enum Effort {
    LOW("low", 1), MEDIUM("medium", 2), HIGH("high", 3);

    private final String id;
    private final int cost;

    Effort(String id, int cost) {
        this.id = id;
        this.cost = cost;
    }

    public String id() {
        return id;
    }

    public int cost() {
        return cost;
    }
}
