/**
 */
package io.guestlab.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generic Loader</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * QEMU's -device loader: an image (an ELF by its segments, or a raw file at address), a value of dataLength bytes at address, or a hart started at address; with a hart, that hart starts at the image's entry or the address instead of in the reset ROM.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.GenericLoader#getFile <em>File</em>}</li>
 *   <li>{@link io.guestlab.model.GenericLoader#getAddress <em>Address</em>}</li>
 *   <li>{@link io.guestlab.model.GenericLoader#getData <em>Data</em>}</li>
 *   <li>{@link io.guestlab.model.GenericLoader#getDataLength <em>Data Length</em>}</li>
 *   <li>{@link io.guestlab.model.GenericLoader#isBigEndian <em>Big Endian</em>}</li>
 *   <li>{@link io.guestlab.model.GenericLoader#isForceRaw <em>Force Raw</em>}</li>
 *   <li>{@link io.guestlab.model.GenericLoader#getHart <em>Hart</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getGenericLoader()
 * @model
 * @generated
 */
public interface GenericLoader extends Device {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image (QEMU's file=), relative to the definition file; unset for a value or a start address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where a raw image or the value goes, or where the hart starts (QEMU's addr=), e.g. 0x80200000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value written (QEMU's data=), e.g. 0x1122334455667788; with dataLength.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(String)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_Data()
	 * @model
	 * @generated
	 */
	String getData();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(String value);

	/**
	 * Returns the value of the '<em><b>Data Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many bytes of the value are written, 1 to 8 (QEMU's data-len=); 0 for no value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Length</em>' attribute.
	 * @see #setDataLength(int)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_DataLength()
	 * @model
	 * @generated
	 */
	int getDataLength();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#getDataLength <em>Data Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Length</em>' attribute.
	 * @see #getDataLength()
	 * @generated
	 */
	void setDataLength(int value);

	/**
	 * Returns the value of the '<em><b>Big Endian</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value's bytes go most significant first (QEMU's data-be=on).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Big Endian</em>' attribute.
	 * @see #setBigEndian(boolean)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_BigEndian()
	 * @model
	 * @generated
	 */
	boolean isBigEndian();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#isBigEndian <em>Big Endian</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Big Endian</em>' attribute.
	 * @see #isBigEndian()
	 * @generated
	 */
	void setBigEndian(boolean value);

	/**
	 * Returns the value of the '<em><b>Force Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file is a raw image at address even if it is an ELF (QEMU's force-raw=on).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Force Raw</em>' attribute.
	 * @see #setForceRaw(boolean)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_ForceRaw()
	 * @model
	 * @generated
	 */
	boolean isForceRaw();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#isForceRaw <em>Force Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Force Raw</em>' attribute.
	 * @see #isForceRaw()
	 * @generated
	 */
	void setForceRaw(boolean value);

	/**
	 * Returns the value of the '<em><b>Hart</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hart started at the image's entry or the address (QEMU's cpu-num=); -1 for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hart</em>' attribute.
	 * @see #setHart(int)
	 * @see io.guestlab.model.GuestlabPackage#getGenericLoader_Hart()
	 * @model default="-1"
	 * @generated
	 */
	int getHart();

	/**
	 * Sets the value of the '{@link io.guestlab.model.GenericLoader#getHart <em>Hart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hart</em>' attribute.
	 * @see #getHart()
	 * @generated
	 */
	void setHart(int value);

} // GenericLoader
