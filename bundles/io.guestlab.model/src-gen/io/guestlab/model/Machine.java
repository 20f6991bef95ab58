/**
 */
package io.guestlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual machine on the virt board: harts, RAM, boot images and devices.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.Machine#getName <em>Name</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getHarts <em>Harts</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getMemory <em>Memory</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getTimeMode <em>Time Mode</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getVirtioTransport <em>Virtio Transport</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getKernel <em>Kernel</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getInitrd <em>Initrd</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getBootargs <em>Bootargs</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getDeviceTree <em>Device Tree</em>}</li>
 *   <li>{@link io.guestlab.model.Machine#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getMachine()
 * @model
 * @generated
 */
public interface Machine extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Harts</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Harts</em>' attribute.
	 * @see #setHarts(int)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Harts()
	 * @model default="1"
	 * @generated
	 */
	int getHarts();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getHarts <em>Harts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Harts</em>' attribute.
	 * @see #getHarts()
	 * @generated
	 */
	void setHarts(int value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * The default value is <code>"128M"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #setMemory(MemorySize)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Memory()
	 * @model default="128M" dataType="io.guestlab.model.MemorySize"
	 * @generated
	 */
	MemorySize getMemory();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(MemorySize value);

	/**
	 * Returns the value of the '<em><b>Time Mode</b></em>' attribute.
	 * The default value is <code>"virtual"</code>.
	 * The literals are from the enumeration {@link io.guestlab.model.TimeMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Mode</em>' attribute.
	 * @see io.guestlab.model.TimeMode
	 * @see #setTimeMode(TimeMode)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_TimeMode()
	 * @model default="virtual"
	 * @generated
	 */
	TimeMode getTimeMode();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getTimeMode <em>Time Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Mode</em>' attribute.
	 * @see io.guestlab.model.TimeMode
	 * @see #getTimeMode()
	 * @generated
	 */
	void setTimeMode(TimeMode value);

	/**
	 * Returns the value of the '<em><b>Virtio Transport</b></em>' attribute.
	 * The default value is <code>"modern"</code>.
	 * The literals are from the enumeration {@link io.guestlab.model.VirtioTransport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtio Transport</em>' attribute.
	 * @see io.guestlab.model.VirtioTransport
	 * @see #setVirtioTransport(VirtioTransport)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_VirtioTransport()
	 * @model default="modern"
	 * @generated
	 */
	VirtioTransport getVirtioTransport();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getVirtioTransport <em>Virtio Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtio Transport</em>' attribute.
	 * @see io.guestlab.model.VirtioTransport
	 * @see #getVirtioTransport()
	 * @generated
	 */
	void setVirtioTransport(VirtioTransport value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firmware loaded at the start of RAM (QEMU's -bios); unset means none: the kernel is entered directly in M mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Kernel()
	 * @model
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initrd</em>' attribute.
	 * @see #setInitrd(String)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Initrd()
	 * @model
	 * @generated
	 */
	String getInitrd();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getInitrd <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initrd</em>' attribute.
	 * @see #getInitrd()
	 * @generated
	 */
	void setInitrd(String value);

	/**
	 * Returns the value of the '<em><b>Bootargs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bootargs</em>' attribute.
	 * @see #setBootargs(String)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Bootargs()
	 * @model
	 * @generated
	 */
	String getBootargs();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getBootargs <em>Bootargs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootargs</em>' attribute.
	 * @see #getBootargs()
	 * @generated
	 */
	void setBootargs(String value);

	/**
	 * Returns the value of the '<em><b>Device Tree</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Tree</em>' containment reference.
	 * @see #setDeviceTree(DeviceTree)
	 * @see io.guestlab.model.GuestlabPackage#getMachine_DeviceTree()
	 * @model containment="true"
	 * @generated
	 */
	DeviceTree getDeviceTree();

	/**
	 * Sets the value of the '{@link io.guestlab.model.Machine#getDeviceTree <em>Device Tree</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Tree</em>' containment reference.
	 * @see #getDeviceTree()
	 * @generated
	 */
	void setDeviceTree(DeviceTree value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.guestlab.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.guestlab.model.GuestlabPackage#getMachine_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

} // Machine
