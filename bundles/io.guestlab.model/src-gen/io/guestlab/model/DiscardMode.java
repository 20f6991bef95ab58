/**
 */
package io.guestlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Discard Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a disk does with a guest's DISCARD request (virtio 1.2, 5.2.6: later reads return the old data or zeroes), as QEMU's -drive discard= sets it.
 * <!-- end-model-doc -->
 * @see io.guestlab.model.GuestlabPackage#getDiscardMode()
 * @model
 * @generated
 */
public enum DiscardMode implements Enumerator {
	/**
	 * The '<em><b>Ignore</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data stays: QEMU's default, discard=ignore.
	 * <!-- end-model-doc -->
	 * @see #IGNORE_VALUE
	 * @generated
	 * @ordered
	 */
	IGNORE(0, "ignore", "ignore"),

	/**
	 * The '<em><b>Unmap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The discarded sectors read as zeroes: QEMU's discard=unmap on a raw image.
	 * <!-- end-model-doc -->
	 * @see #UNMAP_VALUE
	 * @generated
	 * @ordered
	 */
	UNMAP(1, "unmap", "unmap"),

	/**
	 * The '<em><b>Unmap Clusters</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only whole 64 KiB clusters read as zeroes: QEMU's discard=unmap under snapshot=on, whose temporary qcow2 overlay ignores the rest.
	 * <!-- end-model-doc -->
	 * @see #UNMAP_CLUSTERS_VALUE
	 * @generated
	 * @ordered
	 */
	UNMAP_CLUSTERS(2, "unmapClusters", "unmapClusters");

	/**
	 * The '<em><b>Ignore</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data stays: QEMU's default, discard=ignore.
	 * <!-- end-model-doc -->
	 * @see #IGNORE
	 * @model name="ignore"
	 * @generated
	 * @ordered
	 */
	public static final int IGNORE_VALUE = 0;

	/**
	 * The '<em><b>Unmap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The discarded sectors read as zeroes: QEMU's discard=unmap on a raw image.
	 * <!-- end-model-doc -->
	 * @see #UNMAP
	 * @model name="unmap"
	 * @generated
	 * @ordered
	 */
	public static final int UNMAP_VALUE = 1;

	/**
	 * The '<em><b>Unmap Clusters</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only whole 64 KiB clusters read as zeroes: QEMU's discard=unmap under snapshot=on, whose temporary qcow2 overlay ignores the rest.
	 * <!-- end-model-doc -->
	 * @see #UNMAP_CLUSTERS
	 * @model name="unmapClusters"
	 * @generated
	 * @ordered
	 */
	public static final int UNMAP_CLUSTERS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Discard Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DiscardMode[] VALUES_ARRAY =
		new DiscardMode[] {
			IGNORE,
			UNMAP,
			UNMAP_CLUSTERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Discard Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DiscardMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Discard Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiscardMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiscardMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discard Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiscardMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DiscardMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discard Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DiscardMode get(int value) {
		switch (value) {
			case IGNORE_VALUE: return IGNORE;
			case UNMAP_VALUE: return UNMAP;
			case UNMAP_CLUSTERS_VALUE: return UNMAP_CLUSTERS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DiscardMode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DiscardMode
