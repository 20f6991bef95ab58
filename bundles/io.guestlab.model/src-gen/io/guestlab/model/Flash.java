/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flash</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An image shown in one of the virt board's two CFI flash banks (QEMU's -drive if=pflash,unit=N or -machine virt,pflashN=NODE): exactly 32 MiB, read but never written (what the guest programs stays in memory).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.Flash#getImage <em>Image</em>}</li>
 *   <li>{@link io.guestlab.model.Flash#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.guestlab.model.Flash#isReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getFlash()
 * @model
 * @generated
 */
public interface Flash extends Device {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see io.guestlab.model.GuestlabPackage#getFlash_Image()
	 * @model
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Flash#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bank: 0 at 0x20000000, where the harts start when it holds an image; 1 at 0x22000000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(int)
	 * @see io.guestlab.model.GuestlabPackage#getFlash_Unit()
	 * @model
	 * @generated
	 */
	int getUnit();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Flash#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(int value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bank refuses programs and erases, as a write-protected chip does (QEMU's readonly=on).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see io.guestlab.model.GuestlabPackage#getFlash_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Flash#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

} // Flash
