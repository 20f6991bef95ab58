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
 *   <li>{@link io.guestlab.model.Disk#getSerial <em>Serial</em>}</li>
 *   <li>{@link io.guestlab.model.Disk#getDiscard <em>Discard</em>}</li>
 *   <li>{@link io.guestlab.model.Disk#isWriteCache <em>Write Cache</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the device answers to GET_ID (QEMU's -device virtio-blk-device,serial=S): printable ASCII, of which the first 20 bytes are answered; unset: none, as in QEMU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see io.guestlab.model.GuestlabPackage#getDisk_Serial()
	 * @model
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Disk#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Discard</b></em>' attribute.
	 * The default value is <code>"ignore"</code>.
	 * The literals are from the enumeration {@link io.guestlab.model.DiscardMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discard</em>' attribute.
	 * @see io.guestlab.model.DiscardMode
	 * @see #setDiscard(DiscardMode)
	 * @see io.guestlab.model.GuestlabPackage#getDisk_Discard()
	 * @model default="ignore"
	 * @generated
	 */
	DiscardMode getDiscard();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Disk#getDiscard <em>Discard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discard</em>' attribute.
	 * @see io.guestlab.model.DiscardMode
	 * @see #getDiscard()
	 * @generated
	 */
	void setDiscard(DiscardMode value);

	/**
	 * Returns the value of the '<em><b>Write Cache</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the write cache starts enabled (the writeback byte a driver reads): QEMU's default cache=writeback (and none, unsafe); false is QEMU's cache=writethrough or directsync.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Write Cache</em>' attribute.
	 * @see #setWriteCache(boolean)
	 * @see io.guestlab.model.GuestlabPackage#getDisk_WriteCache()
	 * @model default="true"
	 * @generated
	 */
	boolean isWriteCache();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Disk#isWriteCache <em>Write Cache</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write Cache</em>' attribute.
	 * @see #isWriteCache()
	 * @generated
	 */
	void setWriteCache(boolean value);

} // Disk
