/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtio block device backed by an image file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.Disk#getImage <em>Image</em>}</li>
 *   <li>{@link io.guestlab.model.Disk#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getDisk()
 * @model
 * @generated
 */
public interface Disk extends Device {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see io.guestlab.model.GuestlabPackage#getDisk_Image()
	 * @model
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Disk#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"copyOnWrite"</code>.
	 * The literals are from the enumeration {@link io.guestlab.model.DiskMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.guestlab.model.DiskMode
	 * @see #setMode(DiskMode)
	 * @see io.guestlab.model.GuestlabPackage#getDisk_Mode()
	 * @model default="copyOnWrite"
	 * @generated
	 */
	DiskMode getMode();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Disk#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.guestlab.model.DiskMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(DiskMode value);

} // Disk
