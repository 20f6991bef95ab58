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
 *   <li>{@link io.guestlab.model.Disk#getBus <em>Bus</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The virtio-mmio transport N (QEMU's bus=virtio-mmio-bus.N, 0 at 0x10001000, 0..7); unset: the highest free one, as QEMU chooses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bus</em>' attribute.
	 * @see #isSetBus()
	 * @see #unsetBus()
	 * @see #setBus(int)
	 * @see io.guestlab.model.GuestlabPackage#getDisk_Bus()
	 * @model unsettable="true"
	 * @generated
	 */
	int getBus();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Disk#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus</em>' attribute.
	 * @see #isSetBus()
	 * @see #unsetBus()
	 * @see #getBus()
	 * @generated
	 */
	void setBus(int value);

	/**
	 * Unsets the value of the '{@link io.guestlab.model.Disk#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBus()
	 * @see #getBus()
	 * @see #setBus(int)
	 * @generated
	 */
	void unsetBus();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.Disk#getBus <em>Bus</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bus</em>' attribute is set.
	 * @see #unsetBus()
	 * @see #getBus()
	 * @see #setBus(int)
	 * @generated
	 */
	boolean isSetBus();

} // Disk
