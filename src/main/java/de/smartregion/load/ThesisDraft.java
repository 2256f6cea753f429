package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.model.MissingPolicy;
import de.smartregion.model.Text;

/**
 * A thesis as read before the questions: its conditions name questions that stand later in the file.
 *
 * @param missing null when the thesis leaves it to {@code scoring.missing}
 * @param conditions the {@code conditions} node, null when there is none
 */
record ThesisDraft(String id, Text title, Text description, double threshold, MissingPolicy missing,
                   Node conditions) {
}
