/**
 */
package io.guestlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Tree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Changes to the device tree generated from the board: a whole replacement blob and/or single properties.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.DeviceTree#getDtb <em>Dtb</em>}</li>
 *   <li>{@link io.guestlab.model.DeviceTree#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getDeviceTree()
 * @model
 * @generated
 */
public interface DeviceTree extends EObject {
	/**
	 * Returns the value of the '<em><b>Dtb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dtb</em>' attribute.
	 * @see #setDtb(String)
	 * @see io.guestlab.model.GuestlabPackage#getDeviceTree_Dtb()
	 * @model
	 * @generated
	 */
	String getDtb();

	/**
	 * Sets the value of the '{@link io.guestlab.model.DeviceTree#getDtb <em>Dtb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dtb</em>' attribute.
	 * @see #getDtb()
	 * @generated
	 */
	void setDtb(String value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link io.guestlab.model.DeviceTreeProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see io.guestlab.model.GuestlabPackage#getDeviceTree_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeviceTreeProperty> getProperties();

} // DeviceTree
